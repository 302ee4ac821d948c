package com.creditbridge.hold.status;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Identifiers;
import com.creditbridge.hold.decision.PolicyInForce;
import com.creditbridge.hold.status.CreditStatuses.Ranked;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Serves the stored decisions; it does not re-evaluate on read, so a read never changes what the
 * service has announced.
 */
@RestController
class CreditStatusController {

  private static final List<CreditStatus> AT_RISK =
      List.of(CreditStatus.APPROACHING, CreditStatus.ON_HOLD);

  private final CreditStatuses statuses;
  private final PolicyInForce policy;
  private final Clock clock;

  CreditStatusController(CreditStatuses statuses, PolicyInForce policy, Clock clock) {
    this.statuses = statuses;
    this.policy = policy;
    this.clock = clock;
  }

  @GetMapping("/api/v1/accounts/{accountId}/credit-status")
  Mono<CreditStatusView> creditStatus(@PathVariable String accountId) {
    Requests.requireAccountId(accountId);
    return policy
        .current()
        .flatMap(
            version ->
                statuses.find(
                    accountId,
                    version,
                    LocalDate.ofInstant(clock.instant(), version.settings().timeZone())))
        .switchIfEmpty(
            Mono.error(() -> ApiProblem.notFound("No credit status for account " + accountId)));
  }

  /** The at-risk list for a sales meeting. */
  @GetMapping("/api/v1/credit-status")
  Mono<Page<CreditStatusView>> atRisk(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String salesRepId,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    List<CreditStatus> wanted = statuses(status);
    if (salesRepId != null && !Identifiers.isValid(salesRepId)) {
      throw ApiProblem.badRequest(
          "salesRepId is not a valid id",
          List.of(new FieldProblem("salesRepId", Identifiers.RULE)));
    }
    int size = Requests.limit(limit);
    AtRiskCursor after =
        cursor == null ? null : AtRiskCursor.decode(cursor).orElseThrow(Requests::badCursor);
    return policy
        .current()
        .flatMap(
            version ->
                statuses
                    .atRisk(
                        wanted,
                        salesRepId,
                        after,
                        size,
                        version,
                        LocalDate.ofInstant(clock.instant(), version.settings().timeZone()))
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
