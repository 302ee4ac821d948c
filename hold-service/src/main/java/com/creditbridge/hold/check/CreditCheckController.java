package com.creditbridge.hold.check;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.hold.check.CreditCheckView.Reason;
import com.creditbridge.hold.decision.AccountForCheck;
import com.creditbridge.hold.decision.CheckInputStore;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.OrderCheck;
import com.creditbridge.hold.policy.OrderCheckPolicy;
import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.paging.SortKey;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Order credit checks for the ERP at order entry: answered from the hold-service's own state alone
 * (one read, one insert), recorded, and changing nothing else: no decision, event or timeline
 * entry. A signed-in person checks and lists only the accounts they see; others answer as unknown.
 */
@RestController
class CreditCheckController {

  private static final OrderCheckPolicy POLICY = new OrderCheckPolicy();

  private final CheckInputStore inputs;
  private final CreditCheckStore checks;
  private final Clock clock;

  CreditCheckController(CheckInputStore inputs, CreditCheckStore checks, Clock clock) {
    this.inputs = inputs;
    this.checks = checks;
    this.clock = clock;
  }

  @PostMapping("/api/v1/credit-checks")
  Mono<CreditCheckView> check(@RequestBody CreditCheckRequest request, ServerWebExchange exchange) {
    List<FieldProblem> problems = CreditCheckRules.problems(request);
    if (!problems.isEmpty()) {
      throw ApiProblem.badRequest("The credit check request is not valid.", problems);
    }
    Viewer viewer = Viewers.of(exchange);
    String viewerEmail = AccountVisibility.restrictedTo(viewer).orElse(null);
    return inputs
        .read(request.accountId(), viewerEmail)
        .switchIfEmpty(
            Mono.error(() -> ApiProblem.notFound("Unknown account " + request.accountId())))
        .flatMap(
            account -> {
              CreditCheckView view = answer(account, request, viewer);
              return checks.record(view).thenReturn(view);
            });
  }

  @GetMapping("/api/v1/credit-checks")
  Mono<Page<CreditCheckView>> list(
      @RequestParam(required = false) String accountId,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor,
      ServerWebExchange exchange) {
    if (accountId != null && !Identifiers.isValid(accountId)) {
      throw ApiProblem.badRequest(
          "accountId is not a valid id", List.of(new FieldProblem("accountId", Identifiers.RULE)));
    }
    int size = Paging.limit(limit);
    SortKey after = cursor == null ? null : SortKey.read(cursor, 2);
    if (after != null) {
      after.instant(0);
    }
    String viewerEmail = AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null);
    return checks
        .list(accountId, viewerEmail, after, size)
        .collectList()
        .map(rows -> Page.of(rows, size, row -> SortKey.of(row.checkedAt(), row.checkId())));
  }

  private CreditCheckView answer(
      AccountForCheck account, CreditCheckRequest request, Viewer viewer) {
    if (!account.currency().equals(request.currency())) {
      throw ApiProblem.unprocessable(
          "Account " + account.accountId() + " is kept in " + account.currency() + ".",
          List.of(new FieldProblem("currency", "must be the account's currency")));
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, account.policy().settings().timeZone());
    OrderCheck check =
        POLICY.check(
            account.credit(),
            account.accountName() == null ? account.accountId() : account.accountName(),
            request.amount(),
            request.orderId(),
            account.policy().settings(),
            today);
    CurrencyUnit unit = CurrencyUnit.of(account.currency());
    return new CreditCheckView(
        UUID.randomUUID().toString(),
        account.accountId(),
        check.decision().name().toLowerCase(Locale.ROOT),
        check.reasons().stream()
            .map(
                r ->
                    new Reason(
                        r.code().name(),
                        account.wording().apply(r.message()),
                        plain(unit.scaled(r.amount()))))
            .toList(),
        check.status().name(),
        plain(check.exposure()),
        plain(check.exposureAfter()),
        plain(check.creditLimit()),
        plain(check.availableCredit()),
        plain(check.groupExposureAfter()),
        account.currency(),
        plain(unit.scaled(request.amount())),
        request.orderId(),
        viewer instanceof Viewer.Person person ? person.who() : null,
        now);
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
