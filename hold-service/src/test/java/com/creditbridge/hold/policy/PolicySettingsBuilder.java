package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.time.ZoneId;

/** Policy settings for tests: the defaults of credit-policy.md with a few changed. */
final class PolicySettingsBuilder {

  private int holdAfterDaysPastDue;
  private int warnDaysBeforeHold;
  private BigDecimal pastDueTolerance;
  private ZoneId timeZone;
  private final PolicySettings base = PolicySettings.DEFAULTS;

  private PolicySettingsBuilder() {
    holdAfterDaysPastDue = base.holdAfterDaysPastDue();
    warnDaysBeforeHold = base.warnDaysBeforeHold();
    pastDueTolerance = base.pastDueTolerance();
    timeZone = base.timeZone();
  }

  static PolicySettingsBuilder defaults() {
    return new PolicySettingsBuilder();
  }

  PolicySettingsBuilder holdAfterDaysPastDue(int days) {
    holdAfterDaysPastDue = days;
    return this;
  }

  PolicySettingsBuilder warnDaysBeforeHold(int days) {
    warnDaysBeforeHold = days;
    return this;
  }

  PolicySettingsBuilder pastDueTolerance(BigDecimal tolerance) {
    pastDueTolerance = tolerance;
    return this;
  }

  PolicySettingsBuilder timeZone(ZoneId zone) {
    timeZone = zone;
    return this;
  }

  PolicySettings build() {
    return new PolicySettings(
        holdAfterDaysPastDue,
        warnDaysBeforeHold,
        base.creditLimitHoldRatio(),
        base.creditLimitWarnRatio(),
        pastDueTolerance,
        base.promiseGraceDays(),
        base.maxPromiseDays(),
        base.maxOverrideDays(),
        base.escalationExposure(),
        base.escalationAckHours(),
        timeZone,
        base.openOrderDays(),
        base.jointDecisionExposure(),
        base.reviewRequestHours());
  }
}
