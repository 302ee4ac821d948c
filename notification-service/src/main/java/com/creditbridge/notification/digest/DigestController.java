package com.creditbridge.notification.digest;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Digests on demand: {@code POST /api/v1/digests/preview} ({@code notifications:read}) and {@code
 * POST /api/v1/digests/send} ({@code policy:admin}); the gateway checks the scopes.
 */
@RestController
@RequestMapping("/api/v1/digests")
class DigestController {

  private static final int MAX_EMAIL = 254;

  record PreviewRequest(String personEmail) {}

  record SendRequest(String personEmail, Boolean again) {}

  private final DigestsOnDemand digests;

  DigestController(DigestsOnDemand digests) {
    this.digests = digests;
  }

  /**
   * {subject, text, html, wouldSend}: the digest as it would go out now; with nothing to report
   * {@code wouldSend} is false and the parts are null. Nothing is sent or claimed.
   */
  @PostMapping("/preview")
  Mono<Map<String, Object>> preview(@RequestBody(required = false) PreviewRequest request) {
    if (request == null) {
      throw ApiProblem.malformed("A body {personEmail} is required.");
    }
    String email = email(request.personEmail(), true);
    return digests
        .preview(email)
        .switchIfEmpty(Mono.error(() -> unknown(email)))
        .map(
            rendered -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("subject", rendered.map(r -> r.subject()).orElse(null));
              body.put("text", rendered.map(r -> r.text()).orElse(null));
              body.put("html", rendered.map(r -> r.html()).orElse(null));
              body.put("wouldSend", rendered.isPresent());
              return body;
            });
  }

  /** {week, sent}: this week's digest now, once per person and week unless {@code again}. */
  @PostMapping("/send")
  Mono<Map<String, Object>> send(@RequestBody(required = false) SendRequest request) {
    SendRequest r = request == null ? new SendRequest(null, null) : request;
    String email = email(r.personEmail(), false);
    return digests
        .send(email, Boolean.TRUE.equals(r.again()))
        .switchIfEmpty(Mono.error(() -> unknown(email)))
        .map(
            sent -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("week", sent.week());
              body.put("sent", sent.sent());
              return body;
            });
  }

  private static String email(String email, boolean required) {
    if (email == null) {
      if (required) {
        throw ApiProblem.badRequest(
            "The person's address is missing.",
            List.of(new FieldProblem("personEmail", "is required")));
      }
      return null;
    }
    String trimmed = email.strip();
    int at = trimmed.indexOf('@');
    if (trimmed.length() > MAX_EMAIL
        || at < 1
        || at != trimmed.lastIndexOf('@')
        || at == trimmed.length() - 1
        || trimmed.chars().anyMatch(c -> c <= ' ')) {
      throw ApiProblem.badRequest(
          "The person's address is not valid.",
          List.of(new FieldProblem("personEmail", "must be an email address")));
    }
    return trimmed;
  }

  private static ApiProblem unknown(String email) {
    return ApiProblem.notFound(
        "No account names " + email + " as its sales rep or credit analyst.");
  }
}
