package com.creditbridge.hold.status;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Identifiers;
import com.creditbridge.hold.decision.PolicyInForce;
import com.creditbridge.hold.status.CreditStatusStore.AtRiskQuery;
import com.creditbridge.hold.status.CreditStatusStore.Ranked;
import com.creditbridge.hold.wording.WordingInForce;
import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Serves the stored decisions; it does not re-evaluate on read, so a read never changes what the
 * service has announced. An account a signed-in person may not see is answered as unknown.
 */
@RestController
class CreditStatusController {

  private static final List<CreditStatus> AT_RISK =
      List.of(CreditStatus.APPROACHING, CreditStatus.ON_HOLD);

  static final int MAX_SEARCH = 100;

  private final CreditStatusStore statuses;
  private final PolicyInForce policy;
  private final WordingInForce wordings;
  private final Clock clock;

  CreditStatusController(
      CreditStatusStore statuses, PolicyInForce policy, WordingInForce wordings, Clock clock) {
    this.statuses = statuses;
    this.policy = policy;
    this.wordings = wordings;
    this.clock = clock;
  }

  @GetMapping("/api/v1/accounts/{accountId}/credit-status")
  Mono<CreditStatusView> creditStatus(@PathVariable String accountId, ServerWebExchange exchange) {
    Requests.requireAccountId(accountId);
    String viewerEmail = AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null);
    return Mono.zip(policy.current(), wordings.current())
        .flatMap(
            inForce ->
                statuses.find(
                    accountId,
                    viewerEmail,
                    inForce.getT1(),
                    inForce.getT2(),
                    LocalDate.ofInstant(clock.instant(), inForce.getT1().settings().timeZone())))
        .switchIfEmpty(
            Mono.error(() -> ApiProblem.notFound("No credit status for account " + accountId)));
  }

  /**
   * The at-risk list for a sales meeting; a signed-in person sees only the accounts they may see.
   *
   * @param q optional text found, whatever its case, in the account's name or id
   */
  @GetMapping("/api/v1/credit-status")
  Mono<Page<CreditStatusView>> atRisk(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String salesRepId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor,
      ServerWebExchange exchange) {
    List<CreditStatus> wanted = statuses(status);
    if (salesRepId != null && !Identifiers.isValid(salesRepId)) {
      throw ApiProblem.badRequest(
          "salesRepId is not a valid id",
          List.of(new FieldProblem("salesRepId", Identifiers.RULE)));
    }
    AtRiskQuery query =
        new AtRiskQuery(
            wanted,
            salesRepId,
            AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null),
            searchText(q));
    int size = Requests.limit(limit);
    AtRiskCursor after =
        cursor == null ? null : AtRiskCursor.decode(cursor).orElseThrow(Requests::badCursor);
    return Mono.zip(policy.current(), wordings.current())
        .flatMap(
            inForce ->
                statuses
                    .atRisk(
                        query,
                        after,
                        size,
                        inForce.getT1(),
                        inForce.getT2(),
                        LocalDate.ofInstant(clock.instant(), inForce.getT1().settings().timeZone()))
                    .collectList())
        .map(
            rows -> {
              boolean more = rows.size() > size;
              List<Ranked> page = more ? rows.subList(0, size) : rows;
              return new Page<>(
                  page.stream().map(Ranked::view).toList(),
                  more ? page.get(page.size() - 1).key().encode() : null);
            });
  }

  /** Null for no search; a blank q searches nothing, so it lists as without one. */
  private static String searchText(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    String text = q.strip();
    if (text.length() > MAX_SEARCH || text.chars().anyMatch(Character::isISOControl)) {
      throw ApiProblem.badRequest(
          "q is not a valid search",
          List.of(
              new FieldProblem(
                  "q",
                  "must be at most " + MAX_SEARCH + " characters, without control characters")));
    }
    return text;
  }

  private static List<CreditStatus> statuses(String status) {
    if (status == null || status.isBlank()) {
      return AT_RISK;
    }
    List<CreditStatus> wanted = new ArrayList<>();
    for (String name : status.split(",", 4)) {
      try {
        wanted.add(CreditStatus.valueOf(name.trim()));
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest(
            "status is not valid",
            List.of(
                new FieldProblem(
                    "status",
                    "must be a comma-separated list of "
                        + Arrays.toString(CreditStatus.values()))));
      }
    }
    return wanted;
  }
}
