package com.creditbridge.gateway.workspace;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Answer;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The account page and its forms. Each form becomes one call of the public API, with the signed-in
 * person as who; what the service refuses is shown on the page, and nothing else happens.
 */
@Controller
class AccountPageController {

  private final ServiceCalls services;
  private final Pages pages;
  private final AccountPage accountPage;

  AccountPageController(ServiceCalls services, Pages pages, AccountPage accountPage) {
    this.services = services;
    this.pages = pages;
    this.accountPage = accountPage;
  }

  @GetMapping("/app/accounts/{accountId}")
  Mono<Rendering> account(@PathVariable String accountId, ServerWebExchange exchange) {
    SignedInPerson me = SignedInPerson.of(exchange);
    if (!Identifiers.isValid(accountId)) {
      return Mono.just(pages.notFound(me));
    }
    return accountPage.render(accountId, me, null, HttpStatus.OK);
  }

  @PostMapping("/app/accounts/{accountId}/notes")
  Mono<Rendering> addNote(@PathVariable String accountId, ServerWebExchange exchange) {
    return act(
        accountId,
        exchange,
        (me, form) ->
            services.post(
                Service.HOLD,
                path(accountId, "/notes"),
                body("author", me.name(), "text", form.getFirst("text")),
                me));
  }

  @PostMapping("/app/accounts/{accountId}/promises")
  Mono<Rendering> recordPromise(@PathVariable String accountId, ServerWebExchange exchange) {
    return act(
        accountId,
        exchange,
        (me, form) ->
            services.post(
                Service.HOLD,
                path(accountId, "/promises"),
                body(
                    "amount", form.getFirst("amount"),
                    "promisedOn", form.getFirst("promisedOn"),
                    "recordedBy", me.name()),
                me));
  }

  @PostMapping("/app/accounts/{accountId}/holds")
  Mono<Rendering> placeHold(@PathVariable String accountId, ServerWebExchange exchange) {
    return act(
        accountId,
        exchange,
        (me, form) ->
            services.post(
                Service.HOLD,
                path(accountId, "/holds"),
                body("reason", form.getFirst("reason"), "placedBy", me.name()),
                me));
  }

  @PostMapping("/app/accounts/{accountId}/holds/end")
  Mono<Rendering> endHold(@PathVariable String accountId, ServerWebExchange exchange) {
    return act(
        accountId,
        exchange,
        (me, form) -> services.delete(Service.HOLD, path(accountId, "/holds"), me));
  }

  @PostMapping("/app/accounts/{accountId}/overrides")
  Mono<Rendering> override(@PathVariable String accountId, ServerWebExchange exchange) {
    return act(
        accountId,
        exchange,
        (me, form) ->
            services.post(
                Service.HOLD,
                path(accountId, "/overrides"),
                body(
                    "reason", form.getFirst("reason"),
                    "until", form.getFirst("until"),
                    "approvedBy", me.name()),
                me));
  }

  @PostMapping("/app/accounts/{accountId}/overrides/end")
  Mono<Rendering> endOverride(@PathVariable String accountId, ServerWebExchange exchange) {
    return act(
        accountId,
        exchange,
        (me, form) -> services.delete(Service.HOLD, path(accountId, "/overrides"), me));
  }

  interface Action {
    Mono<Answer> call(SignedInPerson me, MultiValueMap<String, String> form);
  }

  /** Post, redirect, get: a reload never repeats an action. */
  private Mono<Rendering> act(String accountId, ServerWebExchange exchange, Action action) {
    SignedInPerson me = SignedInPerson.of(exchange);
    if (!Identifiers.isValid(accountId)) {
      return Mono.just(pages.notFound(me));
    }
    return exchange
        .getFormData()
        .flatMap(form -> action.call(me, form))
        .flatMap(
            answer -> {
              if (answer.ok()) {
                return Mono.just(
                    Rendering.redirectTo("/app/accounts/" + accountId + "#timeline")
                        .status(HttpStatus.SEE_OTHER)
                        .build());
              }
              if (answer.notFound()) {
                return Mono.just(pages.notFound(me));
              }
              Pages.Problem problem = Pages.problem(answer);
              return accountPage.render(accountId, me, problem, problem.code());
            })
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }

  private static String path(String accountId, String tail) {
    return "/api/v1/accounts/" + accountId + tail;
  }

  /** A JSON body of the form's fields; a blank field is left out, so the service names it. */
  private static Map<String, String> body(String... pairs) {
    Map<String, String> body = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String value = pairs[i + 1];
      if (value != null && !value.isBlank()) {
        body.put(pairs[i], value.strip());
      }
    }
    return body;
  }
}
