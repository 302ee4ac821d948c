package com.creditbridge.gateway.workspace;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Answer;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import com.creditbridge.gateway.workspace.decision.ReviewButtons;
import java.util.Optional;
import org.springframework.http.HttpStatus;
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
                    me)),
            section(
                services.get(
                    Service.HOLD,
                    "/api/v1/review-requests?status=open&limit=1&accountId=" + accountId,
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
              OpenReview review = openReview(all.getT8(), account.body(), all.getT3(), me);
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
                  .modelAttribute("review", review.request())
                  .modelAttribute("reviewsUnavailable", review.unavailable())
                  .modelAttribute("reviewButtons", review.buttons())
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

  /**
   * The review section: the account's open request (null when none), whether the list could not be
   * read, and which forms this person gets.
   */
  public record OpenReview(Object request, boolean unavailable, ReviewButtons buttons) {}

  private static OpenReview openReview(
      Answer reviews, JsonNode account, Answer credit, SignedInPerson me) {
    if (!reviews.ok() || reviews.body() == null || !reviews.body().path("items").isArray()) {
      return new OpenReview(null, true, ReviewButtons.NONE);
    }
    JsonNode open = reviews.body().path("items").path(0);
    boolean any = open.isObject();
    String status = credit.ok() ? credit.body().path("status").asString(null) : null;
    ReviewButtons buttons =
        ReviewButtons.offered(
            status,
            any,
            any ? open.path("requestedBy").path("email").asString(null) : null,
            me.email().value(),
            me.hasCreditRole(),
            account.path("salesManager").path("email").asString(null));
    return new OpenReview(any ? Pages.plain(open) : null, false, buttons);
  }

  /**
   * What follows a form's call: back to the account page (post, redirect, get: a reload never
   * repeats it) at {@code anchor}, the not-found page, or the page with the service's refusal.
   */
  Mono<Rendering> answered(String accountId, String anchor, SignedInPerson me, Answer answer) {
    if (answer.ok()) {
      return Mono.just(
          Rendering.redirectTo("/app/accounts/" + accountId + "#" + anchor)
              .status(HttpStatus.SEE_OTHER)
              .build());
    }
    if (answer.notFound()) {
      return Mono.just(pages.notFound(me));
    }
    Pages.Problem problem = Pages.problem(answer);
    return render(accountId, me, problem, problem.code());
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
