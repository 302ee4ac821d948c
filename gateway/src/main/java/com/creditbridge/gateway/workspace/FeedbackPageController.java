package com.creditbridge.gateway.workspace;

import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The page the five links at the end of a weekly digest open: the score of the link preselected and
 * an optional comment. Opening it records nothing (mail scanners prefetch links); the POST sends
 * the signed token with the answer to the notification-service as JSON, which checks the token and
 * that it is the signed-in person's.
 */
@Controller
class FeedbackPageController {

  private static final int MAX_TOKEN = 1024;
  private static final int MAX_COMMENT = 1_000;

  private final ServiceCalls services;
  private final Pages pages;

  FeedbackPageController(ServiceCalls services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  @GetMapping("/app/feedback")
  Rendering form(@RequestParam(required = false) String token, ServerWebExchange exchange) {
    SignedInPerson me = SignedInPerson.of(exchange);
    if (!usable(token)) {
      return outcome(me, "invalid", HttpStatus.BAD_REQUEST);
    }
    return pages
        .view("app/feedback", me)
        .modelAttribute("token", token)
        .modelAttribute("score", scoreOf(token))
        .build();
  }

  @PostMapping("/app/feedback")
  Mono<Rendering> answer(ServerWebExchange exchange) {
    SignedInPerson me = SignedInPerson.of(exchange);
    return exchange
        .getFormData()
        .flatMap(
            form -> {
              String token = form.getFirst("token");
              String score = form.getFirst("score");
              String comment = form.getFirst("comment");
              if (!usable(token)
                  || (score != null && !score.matches("[1-5]"))
                  || (comment != null && comment.length() > MAX_COMMENT)) {
                return Mono.just(outcome(me, "invalid", HttpStatus.BAD_REQUEST));
              }
              // as JSON: the service's form endpoint answers in HTML, for a browser of its own
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("token", token);
              if (score != null) {
                body.put("score", Integer.valueOf(score));
              }
              if (comment != null && !comment.isBlank()) {
                body.put("comment", comment);
              }
              return services
                  .post(Service.NOTIFICATION, "/api/v1/feedback/answer", body, me)
                  .map(
                      answer ->
                          switch (answer.status()) {
                            case 200 -> outcome(me, "done", HttpStatus.OK);
                            case 410 -> outcome(me, "expired", HttpStatus.GONE);
                            case 403 -> outcome(me, "not-yours", HttpStatus.FORBIDDEN);
                            default -> outcome(me, "invalid", HttpStatus.BAD_REQUEST);
                          });
            })
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }

  private static boolean usable(String token) {
    return token != null && !token.isBlank() && token.length() <= MAX_TOKEN;
  }

  /** The link's score, to preselect (the service checks the signature when it is sent). */
  private static int scoreOf(String token) {
    String[] parts = token.split("\\.", -1);
    return parts.length == 4 && parts[2].matches("[1-5]") ? Integer.parseInt(parts[2]) : 0;
  }

  private Rendering outcome(SignedInPerson me, String outcome, HttpStatus status) {
    return pages
        .view("app/feedback-answered", me)
        .modelAttribute("outcome", outcome)
        .status(status)
        .build();
  }
}
