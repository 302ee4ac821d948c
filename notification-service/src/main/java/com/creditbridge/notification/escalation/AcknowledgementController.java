package com.creditbridge.notification.escalation;

import com.creditbridge.notification.escalation.signing.AcknowledgementToken;
import com.creditbridge.notification.escalation.signing.AcknowledgementToken.Expired;
import com.creditbridge.notification.escalation.signing.AcknowledgementToken.Valid;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.web.Viewers;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/escalations/acknowledge}, public (the link in the email is the credential). A GET
 * only shows a page with a button: mail scanners that prefetch links must not acknowledge. The POST
 * records it. A token that is not ours is 401; a token past its deadline is 410 Gone.
 */
@RestController
@RequestMapping("/api/v1/escalations/acknowledge")
class AcknowledgementController {

  private static final int MAX_NAME = 200;

  private final Escalations escalations;
  private final AcknowledgementToken tokens;
  private final TransactionalOperator transactions;
  private final Clock clock;

  AcknowledgementController(
      Escalations escalations, TransactionalOperator transactions, Clock clock) {
    this.escalations = escalations;
    this.tokens = escalations.tokens();
    this.transactions = transactions;
    this.clock = clock;
  }

  @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
  Mono<String> page(@RequestParam(required = false) String token) {
    UUID id = valid(token);
    return escalations
        .find(id)
        .switchIfEmpty(Mono.error(() -> unknown()))
        .map(view -> confirmationPage(view, token));
  }

  @PostMapping
  Mono<ResponseEntity<?>> acknowledge(ServerWebExchange exchange) {
    return exchange
        .getFormData()
        .defaultIfEmpty(new org.springframework.util.LinkedMultiValueMap<>())
        .flatMap(
            form -> {
              String token = first(form, exchange, "token");
              UUID id = valid(token);
              // a signed-in person acknowledges as themselves, whatever the form says
              String by =
                  Viewers.of(exchange) instanceof Viewer.Person person
                      ? person.who()
                      : first(form, exchange, "name");
              if (by != null && by.strip().length() > MAX_NAME) {
                throw ApiProblem.badRequest(
                    "The name is too long.",
                    List.of(
                        new com.creditbridge.platform.problem.FieldProblem(
                            "name", "must be at most " + MAX_NAME + " characters")));
              }
              return escalations
                  .acknowledge(id, by == null ? null : by.strip(), clock.instant())
                  .as(transactions::transactional)
                  .map(outcome -> answer(outcome, exchange));
            });
  }

  private ResponseEntity<?> answer(Escalations.Outcome outcome, ServerWebExchange exchange) {
    if (outcome instanceof Escalations.TooLate) {
      throw ApiProblem.of(
          410,
          "Acknowledgement too late",
          "The deadline has passed and the sales manager has been told.",
          List.of());
    }
    if (!(outcome instanceof Escalations.Acknowledged ack)) {
      throw unknown();
    }
    boolean json =
        exchange.getRequest().getHeaders().getAccept().stream()
            .anyMatch(m -> !m.isWildcardType() && m.isCompatibleWith(MediaType.APPLICATION_JSON));
    if (json) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("escalationId", ack.escalation().escalationId());
      body.put("accountId", ack.escalation().accountId());
      body.put("status", ack.escalation().status());
      body.put("acknowledgedAt", ack.escalation().acknowledgedAt());
      body.put("acknowledgedBy", ack.escalation().acknowledgedBy());
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .body(donePage(ack.escalation(), ack.before()));
  }

  /** 401 for anything we did not sign, 410 once the deadline has passed. */
  private UUID valid(String token) {
    AcknowledgementToken.Verdict verdict = tokens.verify(token, clock.instant());
    if (verdict instanceof Valid valid) {
      return valid.escalationId();
    }
    if (verdict instanceof Expired expired) {
      throw ApiProblem.of(
          410,
          "Link expired",
          "This acknowledgement link expired at " + expired.expiredAt() + ".",
          List.of());
    }
    throw unknown();
  }

  private static ApiProblem unknown() {
    return ApiProblem.of(401, "Invalid link", "This acknowledgement link is not valid.", List.of());
  }

  private static String first(
      MultiValueMap<String, String> form, ServerWebExchange exchange, String name) {
    String value = form.getFirst(name);
    return value != null ? value : exchange.getRequest().getQueryParams().getFirst(name);
  }

  private static String confirmationPage(EscalationView view, String token) {
    String account = HtmlUtils.htmlEscape(view.accountName());
    if (!"open".equals(view.status())) {
      return html(
          "<p>The order review of <strong>"
              + account
              + "</strong> has already been "
              + ("acknowledged".equals(view.status()) ? "acknowledged" : "passed to the manager")
              + ".</p>");
    }
    return html(
        "<p>Please confirm that you have seen the order review of <strong>"
            + account
            + "</strong> (due by "
            + view.deadline()
            + ").</p>"
            + "<form method=\"post\" action=\"/api/v1/escalations/acknowledge\">"
            + "<input type=\"hidden\" name=\"token\" value=\""
            + HtmlUtils.htmlEscape(token)
            + "\">"
            + "<label>Your name (optional) <input name=\"name\" maxlength=\"200\"></label> "
            + "<button type=\"submit\">I have seen it</button></form>");
  }

  private static String donePage(EscalationView view, boolean before) {
    return html(
        "<p>"
            + (before ? "This was already acknowledged" : "Thank you: acknowledged")
            + " for <strong>"
            + HtmlUtils.htmlEscape(view.accountName())
            + "</strong> by "
            + HtmlUtils.htmlEscape(String.valueOf(view.acknowledgedBy()))
            + " at "
            + view.acknowledgedAt()
            + ".</p>");
  }

  private static String html(String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>CreditBridge</title></head>"
        + "<body style=\"font-family: sans-serif;\">"
        + body
        + "</body></html>";
  }
}
