package com.creditbridge.gateway.workspace;

import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The policy page for credit managers: change the settings, "Simulate" to see which accounts would
 * change and how, then "Apply" exactly the simulated draft.
 */
@Controller
class PolicyPageController {

  /** The settings in the order the page shows them; whole numbers are sent as JSON numbers. */
  static final List<String> WHOLE =
      List.of(
          "holdAfterDaysPastDue",
          "warnDaysBeforeHold",
          "promiseGraceDays",
          "maxPromiseDays",
          "maxOverrideDays",
          "escalationAckHours");

  static final List<String> TEXT =
      List.of(
          "creditLimitHoldRatio",
          "creditLimitWarnRatio",
          "pastDueTolerance",
          "escalationExposure",
          "timeZone");

  private final ServiceCalls services;
  private final Pages pages;

  PolicyPageController(ServiceCalls services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  @GetMapping("/app/policy")
  Mono<Rendering> policy(
      @RequestParam(required = false) String applied, ServerWebExchange exchange) {
    SignedInPerson me = SignedInPerson.of(exchange);
    if (!me.isCreditManager()) {
      return Mono.just(pages.forbidden(me));
    }
    return services
        .get(Service.HOLD, "/api/v1/policy", me)
        .map(
            answer ->
                answer.ok()
                    ? page(me, Pages.plain(answer.body()), null, null, HttpStatus.OK)
                        .modelAttribute("applied", applied != null)
                        .build()
                    : pages.serviceTrouble(me))
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }

  @PostMapping("/app/policy/simulate")
  Mono<Rendering> simulate(ServerWebExchange exchange) {
    return withDraft(
        exchange,
        (me, draft) ->
            services
                .post(Service.HOLD, "/api/v1/policy/simulate", Map.of("policy", draft), me)
                .map(
                    answer ->
                        answer.ok()
                            ? page(me, draft, Pages.plain(answer.body()), null, HttpStatus.OK)
                                .build()
                            : refused(me, draft, answer)));
  }

  @PostMapping("/app/policy/apply")
  Mono<Rendering> apply(ServerWebExchange exchange) {
    return withDraft(
        exchange,
        (me, draft) ->
            services
                .put(Service.HOLD, "/api/v1/policy", draft, me)
                .map(
                    answer ->
                        answer.ok()
                            ? Rendering.redirectTo("/app/policy?applied")
                                .status(HttpStatus.SEE_OTHER)
                                .build()
                            : refused(me, draft, answer)));
  }

  /** What a form of the policy page does with the draft it carries. */
  private interface DraftAction {
    Mono<Rendering> apply(SignedInPerson me, Map<String, Object> draft);
  }

  /** Credit managers only; the form's settings as a draft; a service that does not answer. */
  private Mono<Rendering> withDraft(ServerWebExchange exchange, DraftAction action) {
    SignedInPerson me = SignedInPerson.of(exchange);
    if (!me.isCreditManager()) {
      return Mono.just(pages.forbidden(me));
    }
    return exchange
        .getFormData()
        .flatMap(form -> action.apply(me, draft(form)))
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }

  /** The draft again, with what the service refused in it. */
  private Rendering refused(
      SignedInPerson me, Map<String, Object> draft, ServiceCalls.Answer answer) {
    return page(me, draft, null, Pages.problem(answer), status(answer)).build();
  }

  private Rendering.Builder<?> page(
      SignedInPerson me,
      Object policy,
      Object simulation,
      Pages.Problem problem,
      HttpStatus status) {
    return pages
        .view("app/policy", me)
        .status(status)
        .modelAttribute("policy", policy)
        .modelAttribute("simulation", simulation)
        .modelAttribute("problem", problem)
        .modelAttribute("wholeSettings", WHOLE)
        .modelAttribute("textSettings", TEXT);
  }

  private static HttpStatus status(ServiceCalls.Answer answer) {
    HttpStatus status = HttpStatus.resolve(answer.status());
    return status == null || !status.is4xxClientError() ? HttpStatus.BAD_REQUEST : status;
  }

  /**
   * The draft as the API takes it. A whole-number field that is not one is sent as typed, so that
   * the service's own validation names it: the page never decides what is valid.
   */
  static Map<String, Object> draft(MultiValueMap<String, String> form) {
    Map<String, Object> draft = new LinkedHashMap<>();
    for (String name : WHOLE) {
      String value = strip(form.getFirst(name));
      if (value != null) {
        draft.put(name, value.matches("-?\\d{1,9}") ? Integer.parseInt(value) : value);
      }
    }
    for (String name : TEXT) {
      String value = strip(form.getFirst(name));
      if (value != null) {
        draft.put(name, value);
      }
    }
    return draft;
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
