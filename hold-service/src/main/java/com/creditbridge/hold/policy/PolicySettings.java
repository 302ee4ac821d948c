package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The credit policy's settings, as credit-policy.md lists them: one versioned value, so a change of
 * any of them is a new policy version that every account is re-evaluated under. The rules read the
 * days and ratios; the action checks read the promise and override limits; the escalation settings
 * decide which new holds ask for the sales rep's acknowledgement.
 *
 * @param holdAfterDaysPastDue an invoice more than this many days past due puts the account on hold
 * @param warnDaysBeforeHold warn this many days before a hold would start
 * @param creditLimitHoldRatio hold when exposure > limit × this
 * @param creditLimitWarnRatio warn when exposure > limit × this
 * @param pastDueTolerance past-due sums at or below this are ignored
 * @param promiseGraceDays days after {@code promisedOn} before an unkept promise is broken
 * @param maxPromiseDays how far ahead a promise may be dated
 * @param maxOverrideDays how far ahead an override may last
 * @param escalationExposure ON_HOLD at or above this exposure needs the sales rep's acknowledgement
 * @param escalationAckHours hours before an unacknowledged escalation goes to the sales manager
 * @param timeZone the zone in which {@code today} is taken
 * @param openOrderDays an open order placed longer ago than this no longer counts toward exposure
 * @param jointDecisionExposure a review request on an account at or above this exposure needs a
 *     credit role and the account's sales manager
 * @param reviewRequestHours hours before an undecided review request goes to the credit managers
 */
public record PolicySettings(
    int holdAfterDaysPastDue,
    int warnDaysBeforeHold,
    BigDecimal creditLimitHoldRatio,
    BigDecimal creditLimitWarnRatio,
    BigDecimal pastDueTolerance,
    int promiseGraceDays,
    int maxPromiseDays,
    int maxOverrideDays,
    BigDecimal escalationExposure,
    int escalationAckHours,
    ZoneId timeZone,
    int openOrderDays,
    BigDecimal jointDecisionExposure,
    int reviewRequestHours) {

  /** The default of {@code openOrderDays}, also for policies stored before orders counted. */
  public static final int DEFAULT_OPEN_ORDER_DAYS = 90;

  /** The default of {@code jointDecisionExposure}, also for policies stored before reviews. */
  public static final BigDecimal DEFAULT_JOINT_DECISION_EXPOSURE = new BigDecimal("100000.00");

  /** The default of {@code reviewRequestHours}, also for policies stored before reviews. */
  public static final int DEFAULT_REVIEW_REQUEST_HOURS = 48;

  /** The defaults of credit-policy.md. */
  public static final PolicySettings DEFAULTS =
      new PolicySettings(
          60,
          7,
          new BigDecimal("1.00"),
          new BigDecimal("0.90"),
          new BigDecimal("0.00"),
          2,
          30,
          30,
          new BigDecimal("50000.00"),
          24,
          ZoneId.of("UTC"),
          DEFAULT_OPEN_ORDER_DAYS,
          DEFAULT_JOINT_DECISION_EXPOSURE,
          DEFAULT_REVIEW_REQUEST_HOURS);

  public PolicySettings {
    requireNotNegative(holdAfterDaysPastDue, "holdAfterDaysPastDue");
    requireNotNegative(warnDaysBeforeHold, "warnDaysBeforeHold");
    requirePositive(creditLimitHoldRatio, "creditLimitHoldRatio");
    requirePositive(creditLimitWarnRatio, "creditLimitWarnRatio");
    requireNotNegative(pastDueTolerance, "pastDueTolerance");
    requireNotNegative(promiseGraceDays, "promiseGraceDays");
    requireNotNegative(maxPromiseDays, "maxPromiseDays");
    requireNotNegative(maxOverrideDays, "maxOverrideDays");
    requireNotNegative(escalationExposure, "escalationExposure");
    requireNotNegative(escalationAckHours, "escalationAckHours");
    Objects.requireNonNull(timeZone, "timeZone");
    requireNotNegative(openOrderDays, "openOrderDays");
    requireNotNegative(jointDecisionExposure, "jointDecisionExposure");
    if (reviewRequestHours < 1) {
      throw new IllegalArgumentException("reviewRequestHours must be at least 1");
    }
  }

  /** The days-past-due an invoice must exceed for {@code PAST_DUE_SOON}. */
  public int warnAfterDaysPastDue() {
    return holdAfterDaysPastDue - warnDaysBeforeHold;
  }

  private static void requireNotNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }

  private static void requireNotNegative(BigDecimal value, String name) {
    if (Objects.requireNonNull(value, name).signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }

  private static void requirePositive(BigDecimal value, String name) {
    if (Objects.requireNonNull(value, name).signum() <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
