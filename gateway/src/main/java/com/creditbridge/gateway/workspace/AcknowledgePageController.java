package com.creditbridge.gateway.workspace;

import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
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
 * The page an escalation email links to: it shows an "Acknowledge" button (a GET never
 * acknowledges, so mail scanners cannot), and the POST records the acknowledgement in the
 * notification-service with the signed link's token; the service records the signed-in person.
 */
@Controller
class AcknowledgePageController {

  private static final int MAX_TOKEN = 1024;

  private final ServiceCalls services;
  private final Pages pages;

  AcknowledgePageController(ServiceCalls services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  @GetMapping("/app/acknowledge")
  Rendering confirm(@RequestParam(required = false) String token, ServerWebExchange exchange) {
    SignedInPerson me = SignedInPerson.of(exchange);
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
      return pages
          .view("app/acknowledged", me)
          .modelAttribute("outcome", "invalid")
          .status(HttpStatus.BAD_REQUEST)
          .build();
    }
    return pages.view("app/acknowledge", me).modelAttribute("token", token).build();
  }

  @PostMapping("/app/acknowledge")
  Mono<Rendering> acknowledge(ServerWebExchange exchange) {
    SignedInPerson me = SignedInPerson.of(exchange);
    return exchange
        .getFormData()
        .flatMap(
            form -> {
              String token = form.getFirst("token");
              if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
                return Mono.just(outcome(me, "invalid", HttpStatus.BAD_REQUEST));
              }
              return services
                  .postForm(
                      Service.NOTIFICATION,
                      "/api/v1/escalations/acknowledge",
                      Map.of("token", token),
                      me)
                  .map(
                      answer ->
                          switch (answer.status()) {
                            case 200, 201, 204 -> outcome(me, "done", HttpStatus.OK);
                            case 410 -> outcome(me, "expired", HttpStatus.GONE);
                            default -> outcome(me, "invalid", HttpStatus.BAD_REQUEST);
                          });
            })
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }

  private Rendering outcome(SignedInPerson me, String outcome, HttpStatus status) {
    return pages
        .view("app/acknowledged", me)
        .modelAttribute("outcome", outcome)
        .status(status)
        .build();
  }
}
