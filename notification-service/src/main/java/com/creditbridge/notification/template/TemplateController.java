package com.creditbridge.notification.template;

import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.email.content.EmailRenderer;
import com.creditbridge.notification.email.content.EmailTemplate;
import com.creditbridge.notification.email.content.RenderedEmail;
import com.creditbridge.notification.email.content.TemplateCheck;
import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.email.content.TemplateProblem;
import com.creditbridge.notification.email.content.TemplateSamples;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/templates}: reading and previewing ({@code notifications:read}) and editing
 * ({@code policy:admin}) the email templates; the gateway checks the scopes.
 */
@RestController
@RequestMapping("/api/v1/templates")
class TemplateController {

  private final Templates templates;
  private final TemplateCheck check = new TemplateCheck();
  private final EmailRenderer renderer = new EmailRenderer();
  private final String publicUrl;
  private final Clock clock;

  TemplateController(Templates templates, PublicUrlProperties site, Clock clock) {
    this.templates = templates;
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

  @PutMapping("/{eventType}")
  Mono<TemplateView> put(
      @PathVariable String eventType, @RequestBody(required = false) TemplateRequest request) {
    TemplateKind kind = kind(eventType);
    if (request == null) {
      throw ApiProblem.malformed("A body {subject, text, html} is required.");
    }
    EmailTemplate template = checked(kind, request);
    return templates.store(kind.key(), template, clock.instant()).then(view(kind));
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
    return request
        .map(r -> checked(kind, r))
        .switchIfEmpty(templates.current(kind.key()))
        .map(template -> renderer.render(template, TemplateSamples.model(kind, publicUrl)));
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

  private TemplateKind kind(String key) {
    return templates
        .kind(key)
        .orElseThrow(() -> ApiProblem.notFound("There is no email template " + key + "."));
  }

  /** Missing or oversized parts are a bad request; syntax and unknown names are unprocessable. */
  private EmailTemplate checked(TemplateKind kind, TemplateRequest request) {
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
    List<TemplateProblem> problems = check.check(template, kind.variables());
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
