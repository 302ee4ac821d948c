package com.creditbridge.hold.policy;

import com.creditbridge.contracts.CreditStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating the policy for one account on one date. Amounts have the currency's
 * scale.
 *
 * @param reasons every rule that fires, hold rules before warn rules, then the modifiers
 * @param projectedHoldOn when not ON_HOLD, the first date the account would be on hold with nothing
 *     else happening (a PAST_DUE deferred by a promise or an override starts after them); null when
 *     ON_HOLD or when no qualifying invoice would ever make PAST_DUE fire
 * @param cureAmount the smallest payment that would make the rules yield CLEAR today; null when
 *     CLEAR or on a manual hold alone
 * @param exposure open amounts of invoices (disputed included) and of counted orders, minus
 *     unapplied credit, never below zero
 * @param nextTimeDrivenChange the first instant (start of a day in the policy's time zone) at which
 *     the status, the reasons or the figures above would change with no new event; null when none
 *     would. The days past due quoted in the reasons grow daily and are not counted as a change.
 * @param promiseState the state of the account's promise today; null without a promise
 * @param groupExposure the summed exposure of the account's credit group; null without a group
 */
public record PolicyOutcome(
    CreditStatus status,
    List<CreditReason> reasons,
    LocalDate projectedHoldOn,
    BigDecimal cureAmount,
    BigDecimal exposure,
    Instant nextTimeDrivenChange,
    PromiseState promiseState,
    BigDecimal groupExposure) {

  public PolicyOutcome {
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(exposure, "exposure");
  }
}
