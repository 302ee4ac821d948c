package com.creditbridge.gateway.workspace;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Answer;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import com.creditbridge.gateway.workspace.decision.MeetingTeam;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;
import tools.jackson.databind.JsonNode;

/**
 * The printable meeting pack: the notification-service's pack for a sales team, each account with
 * the reasons and cure amount of its credit status (the pack does not carry them, the hold-service
 * does, one call per account).
 */
@Controller
class MeetingPageController {

  /** Past this many accounts the rest are shown without reasons: the page stays quick. */
  static final int MAX_DETAILED = 100;

  private static final int PARALLEL_CALLS = 4;

  private final ServiceCalls services;
  private final Pages pages;

  MeetingPageController(ServiceCalls services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  @GetMapping("/app/meeting")
  Mono<Rendering> meeting(
      @RequestParam(required = false) String salesManagerEmail,
      @RequestParam(required = false) String salesRepId,
      ServerWebExchange exchange) {
    SignedInPerson me = SignedInPerson.of(exchange);
    MeetingTeam team = MeetingTeam.choose(salesManagerEmail, salesRepId, me.email().value());
    if (team instanceof MeetingTeam.Unreadable unreadable) {
      Pages.Problem problem = new Pages.Problem(400, unreadable.message(), List.of());
      return Mono.just(page(me, null, problem).status(HttpStatus.BAD_REQUEST).build());
    }
    MeetingTeam.Asked asked = (MeetingTeam.Asked) team;
    return services
        .get(Service.NOTIFICATION, "/api/v1/meeting-pack?" + asked.query(), me)
        .flatMap(
            answer -> {
              if (!answer.ok()) {
                return Mono.just(refused(me, asked, answer));
              }
              return statuses(answer.body().get("accounts"), me)
                  .map(
                      statuses ->
                          page(me, asked, null)
                              .modelAttribute("pack", Pages.plain(answer.body()))
                              .modelAttribute("statuses", statuses)
                              .build());
            })
        .onErrorResume(e -> Mono.just(pages.serviceTrouble(me)));
  }

  /** A 4xx problem is shown on the page with the team form; anything else is service trouble. */
  private Rendering refused(SignedInPerson me, MeetingTeam.Asked asked, Answer answer) {
    HttpStatus status = HttpStatus.resolve(answer.status());
    if (status == null || !status.is4xxClientError() || answer.body() == null) {
      return pages.serviceTrouble(me);
    }
    return page(me, asked, Pages.problem(answer)).status(status).build();
  }

  /**
   * Each account's credit status by account id; an account whose status cannot be read is simply
   * missing, and the page shows it without reasons.
   */
  private Mono<Map<String, Object>> statuses(JsonNode accounts, SignedInPerson me) {
    if (accounts == null || !accounts.isArray()) {
      return Mono.just(Map.of());
    }
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode account : accounts) {
      String id = account.path("accountId").asString("");
      if (Identifiers.isValid(id) && ids.size() < MAX_DETAILED) {
        ids.add(id);
      }
    }
    return Flux.fromIterable(ids)
        .flatMap(
            id ->
                services
                    .get(Service.HOLD, "/api/v1/accounts/" + id + "/credit-status", me)
                    .filter(answer -> answer.ok() && answer.body().isObject())
                    .map(answer -> Tuples.of(id, Pages.plain(answer.body())))
                    .onErrorResume(e -> Mono.empty()),
            PARALLEL_CALLS)
        .collect(
            HashMap<String, Object>::new, (byId, found) -> byId.put(found.getT1(), found.getT2()))
        .map(Map::copyOf);
  }

  private Rendering.Builder<?> page(
      SignedInPerson me, MeetingTeam.Asked asked, Pages.Problem problem) {
    boolean own = asked != null && asked.ownTeam(me.email().value());
    return pages
        .view("app/meeting", me)
        .modelAttribute("problem", problem)
        .modelAttribute("ownTeam", own)
        .modelAttribute(
            "salesManagerEmail",
            asked == null || own || asked.salesManagerEmail() == null
                ? ""
                : asked.salesManagerEmail())
        .modelAttribute(
            "salesRepId", asked == null || asked.salesRepId() == null ? "" : asked.salesRepId());
  }
}
