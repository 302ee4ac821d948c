package com.creditbridge.notification.template;

import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.email.content.EmailRenderer;
import com.creditbridge.notification.email.content.EmailTemplate;
import com.creditbridge.notification.email.content.RenderedEmail;
import com.creditbridge.notification.email.content.TemplateCheck;
import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.email.content.TemplateProblem;
import com.creditbridge.notification.email.content.TemplateSamples;
import com.creditbridge.notification.wording.Wordings;
import com.creditbridge.notification.wording.rules.NamedPerson;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import com.creditbridge.platform.wording.Wording;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/templates}: reading and previewing ({@code notifications:read}) and editing
 * ({@code policy:admin}) the email templates; the gateway checks the scopes.
 */
@RestController
@RequestMapping("/api/v1/templates")
class TemplateController {

  private static final TemplateCheck CHECK = new TemplateCheck();

  private final Templates templates;
  private final Wordings wordings;
  private final TransactionalOperator transactions;
  private final EmailRenderer renderer = new EmailRenderer();
  private final String publicUrl;
  private final Clock clock;

  TemplateController(
      Templates templates,
      Wordings wordings,
      TransactionalOperator transactions,
      PublicUrlProperties site,
      Clock clock) {
    this.templates = templates;
    this.wordings = wordings;
    this.transactions = transactions;
    this.publicUrl = site.publicUrl();
    this.clock = clock;
  }

  @GetMapping
  Mono<Map<String, Object>> list() {
    return Flux.fromIterable(TemplateKind.all())
        .concatMap(
            kind ->
                templates
                    .stored(kind.key())
                    .map(
                        s ->
                            new TemplateSummary(
                                kind.key(), kind.description(), true, s.updatedAt()))
                    .defaultIfEmpty(
                        new TemplateSummary(kind.key(), kind.description(), false, null)))
        .collectList()
        .map(
            items -> {
              Map<String, Object> page = new java.util.LinkedHashMap<>();
              page.put("items", items);
              page.put("nextCursor", null); // a short, fixed list: always one page
              return page;
            });
  }

  @GetMapping("/{eventType}")
  Mono<TemplateView> get(@PathVariable String eventType) {
    TemplateKind kind = kind(eventType);
    return view(kind);
  }

  /** A new version, checked against the wording in force; who made it is kept with it. */
  @PutMapping("/{eventType}")
  Mono<TemplateView> put(
      @PathVariable String eventType,
      @RequestBody(required = false) TemplateRequest request,
      ServerWebExchange exchange) {
    TemplateKind kind = kind(eventType);
    if (request == null) {
      throw ApiProblem.malformed("A body {subject, text, html} is required.");
    }
    String by = author(Viewers.of(exchange), request.changedBy(), "changedBy", false);
    return wordings
        .inForce()
        .map(wording -> checked(kind, request, wording))
        .flatMap(
            template ->
                templates.store(kind.key(), template, by, Templates.Origin.EDIT, clock.instant()))
        .as(transactions::transactional)
        .onErrorMap(DataIntegrityViolationException.class, e -> changedMeanwhile())
        .then(view(kind));
  }

  /** Back to the shipped default: the edit is dropped, the next email uses the default again. */
  @DeleteMapping("/{eventType}")
  Mono<TemplateView> reset(@PathVariable String eventType) {
    TemplateKind kind = kind(eventType);
    return templates.reset(kind.key()).then(view(kind));
  }

  @PostMapping("/{eventType}/preview")
  Mono<RenderedEmail> preview(
      @PathVariable String eventType, @RequestBody(required = false) Mono<TemplateRequest> body) {
    TemplateKind kind = kind(eventType);
    Mono<TemplateRequest> request = body == null ? Mono.empty() : body;
    return wordings
        .inForce()
        .flatMap(
            wording ->
                request
                    .map(r -> checked(kind, r, wording))
                    .switchIfEmpty(templates.current(kind.key()))
                    .map(
                        template ->
                            renderer.render(
                                kind.key(),
                                template,
                                TemplateSamples.model(kind, publicUrl),
                                wording)));
  }

  static ApiProblem changedMeanwhile() {
    return ApiProblem.conflict("The template was changed at the same time; read it again.");
  }

  /**
   * Who made a change or a proposal: the signed-in person, else the person the API client named
   * (required when {@code required}, else null when it named nobody).
   */
  static String author(
      Viewer viewer, TemplateRequest.PersonName named, String field, boolean required) {
    if (viewer instanceof Viewer.Person person) {
      return person.who() + " <" + person.email() + ">";
    }
    if (named == null && !required) {
      return null;
    }
    List<FieldProblem> errors =
        NamedPerson.problems(
                field, named == null ? null : named.name(), named == null ? null : named.email())
            .stream()
            .map(p -> new FieldProblem(p.field(), p.message()))
            .toList();
    if (!errors.isEmpty()) {
      throw ApiProblem.unprocessable("Say who you are acting for.", errors);
    }
    return named.name().strip() + " <" + named.email().strip() + ">";
  }

  private Mono<TemplateView> view(TemplateKind kind) {
    List<String> variables = kind.variables().names().keySet().stream().sorted().toList();
    return templates
        .stored(kind.key())
        .map(s -> view(kind, s.template(), true, s, variables))
        .switchIfEmpty(
            Mono.fromSupplier(
                () -> view(kind, templates.defaults(kind.key()), false, null, variables)));
  }

  private static TemplateView view(
      TemplateKind kind,
      EmailTemplate t,
      boolean customized,
      Templates.StoredTemplate stored,
      List<String> variables) {
    return new TemplateView(
        kind.key(),
        kind.description(),
        t.subject(),
        t.text(),
        t.html(),
        customized,
        stored == null ? null : stored.updatedAt(),
        variables);
  }

  static TemplateKind kind(String key) {
    return TemplateKind.find(key)
        .orElseThrow(() -> ApiProblem.notFound("There is no email template " + key + "."));
  }

  /**
   * Missing or oversized parts are a bad request; syntax, unknown names, unescaped HTML, a line
   * break in the subject and avoided phrases are unprocessable.
   */
  static EmailTemplate checked(TemplateKind kind, TemplateRequest request, Wording wording) {
    return checked(
        kind,
        new EmailTemplate(
            nullToEmpty(request.subject()),
            nullToEmpty(request.text()),
            nullToEmpty(request.html())),
        wording);
  }

  /** The same check of a template already stored (a version restored, a proposal accepted). */
  static EmailTemplate checked(TemplateKind kind, EmailTemplate request, Wording wording) {
    List<FieldProblem> missing = new ArrayList<>();
    for (var part :
        List.of(
            Map.entry("subject", nullToEmpty(request.subject())),
            Map.entry("text", nullToEmpty(request.text())),
            Map.entry("html", nullToEmpty(request.html())))) {
      if (part.getValue().isBlank()) {
        missing.add(new FieldProblem(part.getKey(), "must not be empty"));
      }
    }
    if (!missing.isEmpty()) {
      throw ApiProblem.badRequest("The template is incomplete.", missing);
    }
    EmailTemplate template = new EmailTemplate(request.subject(), request.text(), request.html());
    List<TemplateProblem> problems = CHECK.check(template, kind.variables(), wording);
    if (!problems.isEmpty()) {
      List<FieldProblem> errors =
          problems.stream().map(p -> new FieldProblem(p.field(), p.message())).toList();
      boolean tooLong = problems.stream().anyMatch(p -> p.message().startsWith("must be at most"));
      throw tooLong
          ? ApiProblem.badRequest("The template is too long.", errors)
          : ApiProblem.of(422, "Invalid template", "The template cannot be used.", errors);
    }
    return template;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
