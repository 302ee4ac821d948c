package com.creditbridge.hold.access;

import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.access.CreditAuthority;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.problem.ApiProblem;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Enforces who sees which account, from the owner emails stored with each snapshot. An account the
 * viewer may not see is refused with exactly the endpoint's own "unknown account" answer, so its
 * existence is not revealed.
 */
@Repository
public class VisibleAccounts {

  /**
   * The condition a query over {@code account_snapshot s} adds for a viewer narrowed to {@code
   * :viewerEmail}; three equalities, so each owner column's index serves it.
   */
  public static final String OWNED_BY_VIEWER =
      "(s.sales_rep_email = :viewerEmail or s.credit_analyst_email = :viewerEmail"
          + " or s.sales_manager_email = :viewerEmail)";

  private final DatabaseClient db;

  VisibleAccounts(DatabaseClient db) {
    this.db = db;
  }

  /** Completes when the viewer may see the account; otherwise fails with {@code unknown}. */
  public Mono<Void> requireVisible(Viewer viewer, String accountId, Supplier<ApiProblem> unknown) {
    Optional<String> email = AccountVisibility.restrictedTo(viewer);
    if (email.isEmpty()) {
      // sees every account: the endpoint itself answers an unknown one
      return Mono.empty();
    }
    return db.sql(
            "select 1 from account_snapshot s where s.account_id = :accountId and "
                + OWNED_BY_VIEWER)
        .bind("accountId", accountId)
        .bind("viewerEmail", email.get())
        .map(row -> true)
        .one()
        .switchIfEmpty(Mono.error(unknown))
        .then();
  }

  /**
   * As {@link #requireVisible}, then refuses (403) a person without a credit role: manual holds and
   * overrides are credit decisions.
   */
  public Mono<Void> requireCreditDecision(
      Viewer viewer, String accountId, Supplier<ApiProblem> unknown) {
    return requireVisible(viewer, accountId, unknown)
        .then(
            Mono.defer(
                () ->
                    CreditAuthority.mayDecideCredit(viewer)
                        ? Mono.empty()
                        : Mono.error(
                            forbidden(
                                "Only a credit manager or credit analyst places or ends manual"
                                    + " holds and overrides."))));
  }

  /** The 403 answer for something the signed-in person's role does not allow. */
  public static ApiProblem forbidden(String detail) {
    return ApiProblem.of(403, "Forbidden", detail, List.of());
  }
}
