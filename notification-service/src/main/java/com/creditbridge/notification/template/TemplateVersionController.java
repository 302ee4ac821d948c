package com.creditbridge.notification.template;

import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.template.Templates.TemplateVersion;
import com.creditbridge.notification.wording.Wordings;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.web.Viewers;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
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
 * {@code GET /api/v1/templates/{eventType}/versions} ({@code notifications:read}) and {@code POST
 * …/versions/{n}/restore} ({@code policy:admin}): every accepted edit is kept; restoring makes a
 * new version equal to n, checked again against today's wording and variables.
 */
@RestController
@RequestMapping("/api/v1/templates/{eventType}/versions")
class TemplateVersionController {

  /** More than anyone pages through; the oldest beyond it stay stored. */
  static final int MAX_LISTED = 200;

  private final Templates templates;
  private final Wordings wordings;
  private final TransactionalOperator transactions;
  private final Clock clock;

  TemplateVersionController(
      Templates templates, Wordings wordings, TransactionalOperator transactions, Clock clock) {
    this.templates = templates;
    this.wordings = wordings;
    this.transactions = transactions;
    this.clock = clock;
  }

  @GetMapping
  Mono<Page<TemplateVersionView>> list(@PathVariable String eventType) {
    TemplateKind kind = TemplateController.kind(eventType);
    return templates
        .versions(kind.key(), MAX_LISTED)
        .map(TemplateVersionView::of)
        .collectList()
        .map(Page::whole);
  }

  @PostMapping("/{version}/restore")
  Mono<TemplateVersionView> restore(
      @PathVariable String eventType,
      @PathVariable String version,
      @RequestBody(required = false) RestoreRequest request,
      ServerWebExchange exchange) {
    TemplateKind kind = TemplateController.kind(eventType);
    int n = number(version);
    String by =
        TemplateController.author(
            Viewers.of(exchange), request == null ? null : request.changedBy(), "changedBy", false);
    return templates
        .version(kind.key(), n)
        .switchIfEmpty(
            Mono.error(
                () -> ApiProblem.notFound("Template " + kind.key() + " has no version " + n + ".")))
        .zipWith(wordings.inForce())
        .flatMap(
            both -> {
              var template =
                  TemplateController.checked(kind, both.getT1().template(), both.getT2());
              return templates.store(
                  kind.key(), template, by, Templates.Origin.restore(n), clock.instant());
            })
        .flatMap(stored -> templates.version(kind.key(), stored))
        .as(transactions::transactional)
        .onErrorMap(
            DataIntegrityViolationException.class, e -> TemplateController.changedMeanwhile())
        .map(TemplateVersionView::of);
  }

  private static int number(String version) {
    if (!version.matches("[1-9][0-9]{0,8}")) {
      throw ApiProblem.notFound("There is no template version " + version + ".");
    }
    return Integer.parseInt(version);
  }

  /** The optional body of a restore: who restores, from an API key. */
  record RestoreRequest(TemplateRequest.PersonName changedBy) {}

  /** One version as the API shows it. */
  record TemplateVersionView(
      String eventType,
      int version,
      String subject,
      String text,
      String html,
      String changedBy,
      Instant changedAt,
      String origin,
      Integer restoredFrom,
      UUID proposalId) {

    static TemplateVersionView of(TemplateVersion v) {
      return new TemplateVersionView(
          v.key(),
          v.version(),
          v.template().subject(),
          v.template().text(),
          v.template().html(),
          v.changedBy(),
          v.changedAt(),
          v.origin(),
          v.restoredFrom(),
          v.proposalId());
    }
  }
}
