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
 * @param projectedHoldOn when not ON_HOLD, the first date {@code PAST_DUE} would fire with nothing
 *     else happening; null when ON_HOLD, when no qualifying invoice is open, or when the qualifying
 *     invoices together never exceed the tolerance
 * @param cureAmount the smallest payment that would make the account CLEAR today; null when CLEAR
 * @param exposure open amounts (disputed included) minus unapplied credit, never below zero
 * @param nextTimeDrivenChange the first instant (start of a day in the policy's time zone) at which
 *     the status, the reasons or the figures above would change with no new event; null when none
 *     would. The days past due quoted in the reasons grow daily and are not counted as a change.
 */
public record CreditDecision(
    CreditStatus status,
    List<CreditReason> reasons,
    LocalDate projectedHoldOn,
    BigDecimal cureAmount,
    BigDecimal exposure,
    Instant nextTimeDrivenChange) {

  public CreditDecision {
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(exposure, "exposure");
  }
}
