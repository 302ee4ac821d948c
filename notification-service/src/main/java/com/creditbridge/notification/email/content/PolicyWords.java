package com.creditbridge.notification.email.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The credit policy in force, told in plain words for people in sales: generated from the
 * hold-service's settings, so the welcome email changes when the policy does.
 */
public final class PolicyWords {

  /**
   * The settings the words are made from (the hold-service's {@code GET /api/v1/policy}).
   *
   * @param jointDecisionExposure from this exposure a review needs credit and the sales manager,
   *     and a manual hold is emailed to the sales manager at once
   */
  public record Terms(
      int holdAfterDaysPastDue,
      int warnDaysBeforeHold,
      BigDecimal creditLimitHoldRatio,
      BigDecimal creditLimitWarnRatio,
      BigDecimal pastDueTolerance,
      int promiseGraceDays,
      BigDecimal escalationExposure,
      int escalationAckHours,
      BigDecimal jointDecisionExposure) {}

  private PolicyWords() {}

  /** One sentence per rule, in the order a sales rep meets them. */
  public static List<String> sentences(Terms t) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "When an invoice is more than "
            + days(t.holdAfterDaysPastDue())
            + " past due, new orders go to an order review; you hear "
            + days(t.warnDaysBeforeHold())
            + " before.");
    if (t.pastDueTolerance() != null && t.pastDueTolerance().signum() > 0) {
      lines.add(
          "Small amounts past due, up to "
              + t.pastDueTolerance().setScale(2, RoundingMode.HALF_UP).toPlainString()
              + " in total, are not counted.");
    }
    lines.add(
        "When what the customer owes goes above "
            + percent(t.creditLimitHoldRatio())
            + " of their credit limit, new orders go to an order review too; you hear when it"
            + " passes "
            + percent(t.creditLimitWarnRatio())
            + ".");
    lines.add(
        "A customer's promise to pay holds the order review off until the promised date; if the"
            + " money has not arrived "
            + days(t.promiseGraceDays())
            + " after it, the promise counts as broken.");
    if (t.escalationExposure() != null) {
      lines.add(
          "When an account in order review owes "
              + t.escalationExposure().setScale(2, RoundingMode.HALF_UP).toPlainString()
              + " or more, you are asked to confirm you have seen it within "
              + (t.escalationAckHours() == 1 ? "1 hour" : t.escalationAckHours() + " hours")
              + "; otherwise your sales manager is told.");
    }
    return List.copyOf(lines);
  }

  private static String days(int n) {
    return n == 1 ? "1 day" : n + " days";
  }

  private static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
  }
}
