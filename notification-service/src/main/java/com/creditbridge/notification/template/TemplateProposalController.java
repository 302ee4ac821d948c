package com.creditbridge.notification.template;

import com.creditbridge.notification.email.content.EmailTemplate;
import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.template.TemplateProposals.PersonView;
import com.creditbridge.notification.template.TemplateProposals.Proposal;
import com.creditbridge.notification.wording.Wordings;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sales proposes the wording of a template ({@code POST …/proposals}, {@code sales:write}, the
 * proposer named), a credit manager accepts it (a new version, checked again against the wording
 * then in force) or declines it ({@code policy:admin}); a decided proposal stays decided (409).
 */
@RestController
@RequestMapping("/api/v1/templates/{eventType}/proposals")
class TemplateProposalController {

  static final int MAX_COMMENT = 2_000;
  static final int MAX_LISTED = 200;

  private final TemplateProposals proposals;
  private final Templates templates;
  private final Wordings wordings;
  private final TransactionalOperator transactions;
  private final Clock clock;

  TemplateProposalController(
      TemplateProposals proposals,
      Templates templates,
      Wordings wordings,
      TransactionalOperator transactions,
      Clock clock) {
    this.proposals = proposals;
    this.templates = templates;
    this.wordings = wordings;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The body of accept and decline, optional. */
  record DecisionRequest(String comment, TemplateRequest.PersonName decidedBy) {}

  @PostMapping
  Mono<ResponseEntity<Proposal>> propose(
      @PathVariable String eventType,
      @RequestBody(required = false) TemplateRequest request,
      ServerWebExchange exchange) {
    TemplateKind kind = TemplateController.kind(eventType);
    if (request == null) {
      throw ApiProblem.malformed("A body {subject, text, html, proposedBy} is required.");
    }
    PersonView by = proposer(Viewers.of(exchange), request.proposedBy());
    String comment = comment(request.comment());
    return wordings
        .inForce()
        .map(wording -> TemplateController.checked(kind, request, wording))
        .flatMap(template -> proposals.create(kind.key(), template, comment, by, clock.instant()))
        .map(
            proposal ->
                ResponseEntity.created(
                        URI.create(
                            "/api/v1/templates/" + kind.key() + "/proposals/" + proposal.id()))
                    .body(proposal));
  }

  @GetMapping
  Mono<Page<Proposal>> list(@PathVariable String eventType) {
    TemplateKind kind = TemplateController.kind(eventType);
    return proposals.list(kind.key(), MAX_LISTED).collectList().map(Page::whole);
  }

  @PostMapping("/{id}/accept")
  Mono<Proposal> accept(
      @PathVariable String eventType,
      @PathVariable String id,
      @RequestBody(required = false) DecisionRequest request,
      ServerWebExchange exchange) {
    TemplateKind kind = TemplateController.kind(eventType);
    UUID proposalId = id(id);
    String by = decider(request, exchange);
    String comment = comment(request == null ? null : request.comment());
    return open(kind, proposalId)
        .zipWith(wordings.inForce())
        .flatMap(
            both -> {
              EmailTemplate template =
                  TemplateController.checked(kind, both.getT1().template(), both.getT2());
              return templates.store(
                  kind.key(), template, by, Templates.Origin.proposal(proposalId), clock.instant());
            })
        .flatMap(
            version ->
                proposals.decide(proposalId, "accepted", by, comment, version, clock.instant()))
        .then(proposals.find(kind.key(), proposalId))
        .as(transactions::transactional)
        .onErrorMap(
            DataIntegrityViolationException.class, e -> TemplateController.changedMeanwhile());
  }

  @PostMapping("/{id}/decline")
  Mono<Proposal> decline(
      @PathVariable String eventType,
      @PathVariable String id,
      @RequestBody(required = false) DecisionRequest request,
      ServerWebExchange exchange) {
    TemplateKind kind = TemplateController.kind(eventType);
    UUID proposalId = id(id);
    String by = decider(request, exchange);
    String comment = comment(request == null ? null : request.comment());
    return open(kind, proposalId)
        .flatMap(
            open -> proposals.decide(proposalId, "declined", by, comment, null, clock.instant()))
        .then(proposals.find(kind.key(), proposalId))
        .as(transactions::transactional);
  }

  /** The proposal, locked; 404 when unknown, 409 when already decided. */
  private Mono<Proposal> open(TemplateKind kind, UUID id) {
    return proposals
        .lock(kind.key(), id)
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("There is no such proposal.")))
        .flatMap(
            proposal ->
                "open".equals(proposal.status())
                    ? Mono.just(proposal)
                    : Mono.error(
                        ApiProblem.conflict(
                            "The proposal was already " + proposal.status() + "; it stays so.")));
  }

  private static String decider(DecisionRequest request, ServerWebExchange exchange) {
    return TemplateController.author(
        Viewers.of(exchange), request == null ? null : request.decidedBy(), "decidedBy", false);
  }

  private static PersonView proposer(Viewer viewer, TemplateRequest.PersonName named) {
    if (viewer instanceof Viewer.Person person) {
      return new PersonView(person.who(), person.email());
    }
    TemplateController.author(viewer, named, "proposedBy", true); // refuses nobody or a bad name
    return new PersonView(named.name().strip(), named.email().strip().toLowerCase(Locale.ROOT));
  }

  private static String comment(String comment) {
    if (comment == null || comment.isBlank()) {
      return null;
    }
    if (comment.length() > MAX_COMMENT) {
      throw ApiProblem.unprocessable(
          "The comment is too long.",
          List.of(new FieldProblem("comment", "must be at most " + MAX_COMMENT + " characters")));
    }
    return comment.strip();
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.notFound("There is no proposal " + id + ".");
    }
  }
}
