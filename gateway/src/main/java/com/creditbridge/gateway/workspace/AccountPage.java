package com.creditbridge.gateway.workspace;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Answer;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import java.util.Optional;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;
import tools.jackson.databind.JsonNode;

/**
 * Gathers an account's page from the three services at once: the ledger (account, open invoices,
 * open orders), the credit decision, timeline, recent credit checks and credit group, and what was
 * sent about it. The account-service answers first whether the person may see the account at all:
 * its 404 is the page's. Orders, checks and the group are sections of their own: when one of those
 * calls fails, that section says so and the rest of the page is shown.
 */
@Component
class AccountPage {

  /** How many of the account's latest credit checks the page lists. */
  static final int RECENT_CHECKS = 5;

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
            services.get(Service.NOTIFICATION, "/api/v1/notifications?accountId=" + accountId, me),
            section(services.get(Service.ACCOUNT, base + "/orders?status=open", me)),
            section(
                services.get(
                    Service.HOLD,
                    "/api/v1/credit-checks?accountId=" + accountId + "&limit=" + RECENT_CHECKS,
                    me)))
        .flatMap(all -> withGroup(all.getT1(), me).map(group -> Tuples.of(all, group)))
        .map(
            both -> {
              var all = both.getT1();
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
                  .modelAttribute("orders", itemsOrUnavailable(all.getT6()))
                  .modelAttribute("checks", itemsOrUnavailable(all.getT7()))
                  .modelAttribute("group", both.getT2().orElse(null))
                  .modelAttribute("problem", problem)
                  .build();
            })
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }

  /**
   * The account's credit group, when the account read names one: the group as the service answers
   * it, or a group section that says "not available" when that call fails.
   */
  private Mono<Optional<GroupSection>> withGroup(Answer account, SignedInPerson me) {
    JsonNode id = account.ok() ? account.body().path("creditGroup").path("id") : null;
    if (id == null || !id.isString() || !Identifiers.isValid(id.asString())) {
      return Mono.just(Optional.empty());
    }
    String groupId = id.asString();
    String named = account.body().path("creditGroup").path("name").asString(groupId);
    return section(services.get(Service.HOLD, "/api/v1/credit-groups/" + groupId, me))
        .map(
            answer ->
                Optional.of(
                    new GroupSection(
                        groupId, named, answer.ok() ? Pages.plain(answer.body()) : null)));
  }

  /** The credit group section: {@code details} is the service's answer, null when not available. */
  public record GroupSection(String id, String name, Object details) {}

  /** A section of the page that shows "not available" rather than fail the whole page. */
  private static Mono<Answer> section(Mono<Answer> call) {
    return call.onErrorResume(e -> Mono.just(new Answer(503, null)));
  }

  /** The items of a list, or null (shown as "not available") when the call did not answer them. */
  private static Object itemsOrUnavailable(Answer answer) {
    return answer.ok() && answer.body() != null && answer.body().has("items")
        ? Pages.plain(answer.body().get("items"))
        : null;
  }

  private static Object items(Answer answer) {
    return answer.ok() && answer.body().has("items")
        ? Pages.plain(answer.body().get("items"))
        : java.util.List.of();
  }
}
