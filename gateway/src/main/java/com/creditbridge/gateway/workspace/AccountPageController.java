package com.creditbridge.gateway.workspace;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The account page and its forms. Each form becomes one call of the public API ({@link
 * AccountAction}), with the signed-in person as who; what the service refuses is shown on the page,
 * and nothing else happens.
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

  /** Post, redirect, get: a reload never repeats an action. */
  @PostMapping("/app/accounts/{accountId}/{action}")
  Mono<Rendering> act(
      @PathVariable String accountId, @PathVariable String action, ServerWebExchange exchange) {
    SignedInPerson me = SignedInPerson.of(exchange);
    var known = AccountAction.named(action);
    if (!Identifiers.isValid(accountId) || known.isEmpty()) {
      return Mono.just(pages.notFound(me));
    }
    AccountAction form = known.get();
    return exchange
        .getFormData()
        .flatMap(
            fields ->
                services.call(
                    form.method(),
                    Service.HOLD,
                    form.apiPath(accountId),
                    form.body(fields, me.name()),
                    me))
        .flatMap(answer -> accountPage.answered(accountId, "timeline", me, answer))
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }
}
