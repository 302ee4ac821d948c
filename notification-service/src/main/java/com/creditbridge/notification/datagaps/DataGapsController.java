package com.creditbridge.notification.datagaps;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.notification.datagaps.rules.DataGaps;
import com.creditbridge.notification.profile.AccountProfiles;
import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.paging.SortKey;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/data-gaps} ({@code credit:read}): the accounts missing information, in account
 * id order, optionally of one credit analyst. Someone signed in without a credit role sees only the
 * accounts naming them.
 */
@RestController
class DataGapsController {

  /**
   * One account's gaps.
   *
   * @param missing of {@code creditAnalyst, salesManager, creditLimit, segment, salesRepEmail}
   */
  record DataGapView(String accountId, String accountName, List<String> missing) {}

  private final AccountProfiles profiles;

  DataGapsController(AccountProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping("/api/v1/data-gaps")
  Mono<Page<DataGapView>> list(
      @RequestParam(required = false) String creditAnalystId,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String cursor,
      ServerWebExchange exchange) {
    if (creditAnalystId != null && !Identifiers.isValid(creditAnalystId)) {
      throw ApiProblem.badRequest(
          "The credit analyst id is not valid.",
          List.of(new FieldProblem("creditAnalystId", "must be an id of 1 to 64 characters")));
    }
    int size = Paging.limit(limit);
    String after = cursor == null ? "" : SortKey.read(cursor, 1).text(0);
    String viewer = AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null);
    return profiles
        .withGaps(creditAnalystId, viewer, after, size + 1)
        .map(
            found ->
                found.stream()
                    .map(
                        gap ->
                            new DataGapView(
                                gap.profile().accountId(),
                                gap.profile().name(),
                                DataGaps.of(gap.profile(), gap.refusedAddresses())))
                    .filter(view -> !view.missing().isEmpty())
                    .toList())
        .map(rows -> Page.of(rows, size, v -> SortKey.of(v.accountId())));
  }
}
