package com.creditbridge.hold.policy;

import com.creditbridge.contracts.CreditStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The answer to "may this order go through?", with every figure in the account's currency scale.
 *
 * @param reasons every rule behind the decision, each with a sentence; empty for a plain approve
 * @param status the account's status now (the check changes nothing)
 * @param exposure the account's exposure now
 * @param exposureAfter the exposure with the order counted (once, if it is already an open order)
 * @param availableCredit {@code max(limit × creditLimitHoldRatio − exposure, 0)}; null without a
 *     limit
 * @param groupExposureAfter the credit group's exposure with the order; null without a group
 */
public record OrderCheck(
    OrderCheckDecision decision,
    List<CreditReason> reasons,
    CreditStatus status,
    BigDecimal exposure,
    BigDecimal exposureAfter,
    BigDecimal creditLimit,
    BigDecimal availableCredit,
    BigDecimal groupExposureAfter) {

  public OrderCheck {
    Objects.requireNonNull(decision, "decision");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(status, "status");
  }
}
