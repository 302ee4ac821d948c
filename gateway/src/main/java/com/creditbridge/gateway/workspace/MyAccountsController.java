package com.creditbridge.gateway.workspace;

import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import com.creditbridge.platform.paging.Paging;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * "My accounts": the accounts the person sees that need attention, in the at-risk order the
 * hold-service keeps (order review first, then by projected hold date, then by exposure), those
 * with an open review request marked.
 */
@Controller
class MyAccountsController {

  static final int MAX_QUERY = 100;
  private static final int PAGE = 200;

  private final ServiceCalls services;
  private final Pages pages;

  MyAccountsController(ServiceCalls services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  @GetMapping({"/app", "/app/"})
  Mono<Rendering> myAccounts(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String show,
      ServerWebExchange exchange) {
    SignedInPerson me = SignedInPerson.of(exchange);
    boolean all = "all".equals(show);
    String query = q == null ? "" : q.strip();
    if (query.length() > MAX_QUERY || query.chars().anyMatch(Character::isISOControl)) {
      query = "";
    }
    String path =
        "/api/v1/credit-status?limit="
            + PAGE
            + "&status="
            + (all ? "CLEAR,APPROACHING,ON_HOLD" : "APPROACHING,ON_HOLD")
            + (query.isEmpty() ? "" : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    String shownQuery = query;
    return Mono.zip(services.get(Service.HOLD, path, me), openReviews(me))
        .map(
            both -> {
              var answer = both.getT1();
              return answer.ok()
                  ? pages
                      .view("app/my-accounts", me)
                      .modelAttribute("accounts", Pages.plain(answer.body().get("items")))
                      .modelAttribute("more", answer.body().hasNonNull("nextCursor"))
                      .modelAttribute("all", all)
                      .modelAttribute("q", shownQuery)
                      .modelAttribute("openReviews", both.getT2())
                      .build()
                  : pages.serviceTrouble(me);
            })
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }

  /**
   * The accounts with an open review request among those the person sees (the service lists only
   * theirs), to mark them; none marked when the list cannot be read, the rest of the page stands.
   */
  private Mono<Set<String>> openReviews(SignedInPerson me) {
    return services
        .get(Service.HOLD, "/api/v1/review-requests?status=open&limit=" + Paging.MAX_LIMIT, me)
        .map(
            answer -> {
              Set<String> accounts = new HashSet<>();
              if (answer.ok() && answer.body() != null) {
                answer
                    .body()
                    .path("items")
                    .valueStream()
                    .forEach(item -> accounts.add(item.path("accountId").asString("")));
              }
              return accounts;
            })
        .onErrorResume(e -> Mono.just(Set.of()));
  }
}
