package com.creditbridge.gateway.workspace;

import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Answer;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * Gathers an account's page from the three services at once: the ledger (account, open invoices),
 * the credit decision and timeline, and what was sent about it. The account-service answers first
 * whether the person may see the account at all: its 404 is the page's.
 */
@Component
class AccountPage {

  private final ServiceCalls services;
  private final Pages pages;

  AccountPage(ServiceCalls services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  Mono<Rendering> render(
      String accountId, SignedInPerson me, Pages.Problem problem, HttpStatusCode status) {
    String base = "/api/v1/accounts/" + accountId;
    return Mono.zip(
            services.get(Service.ACCOUNT, base, me),
            services.get(Service.ACCOUNT, base + "/invoices?status=open", me),
            services.get(Service.HOLD, base + "/credit-status", me),
            services.get(Service.HOLD, base + "/timeline?limit=100", me),
            services.get(Service.NOTIFICATION, "/api/v1/notifications?accountId=" + accountId, me))
        .map(
            all -> {
              Answer account = all.getT1();
              if (account.notFound() || all.getT3().status() == 404 && !account.ok()) {
                return pages.notFound(me);
              }
              if (!account.ok()) {
                return pages.serviceTrouble(me);
              }
              return pages
                  .view("app/account", me)
                  .status(status)
                  .modelAttribute("accountId", accountId)
                  .modelAttribute("account", Pages.plain(account.body()))
                  .modelAttribute("invoices", items(all.getT2()))
                  .modelAttribute(
                      "credit", all.getT3().ok() ? Pages.plain(all.getT3().body()) : null)
                  .modelAttribute("timeline", items(all.getT4()))
                  .modelAttribute("messages", items(all.getT5()))
                  .modelAttribute("problem", problem)
                  .build();
            })
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }

  private static Object items(Answer answer) {
    return answer.ok() && answer.body().has("items")
        ? Pages.plain(answer.body().get("items"))
        : java.util.List.of();
  }
}
