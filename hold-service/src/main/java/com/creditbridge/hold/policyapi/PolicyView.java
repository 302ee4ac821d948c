package com.creditbridge.hold.policyapi;

import com.creditbridge.hold.policy.PolicySettings;
import com.creditbridge.hold.policy.PolicyVersion;
import java.math.BigDecimal;

/**
 * The body of {@code GET|PUT /api/v1/policy}: the settings of credit-policy.md and their version.
 * Money settings are decimal strings; ratios are numbers.
 */
record PolicyView(
    long version,
    int holdAfterDaysPastDue,
    int warnDaysBeforeHold,
    BigDecimal creditLimitHoldRatio,
    BigDecimal creditLimitWarnRatio,
    String pastDueTolerance,
    int promiseGraceDays,
    int maxPromiseDays,
    int maxOverrideDays,
    String escalationExposure,
    int escalationAckHours,
    String timeZone) {

  static PolicyView of(PolicyVersion version) {
    PolicySettings s = version.settings();
    return new PolicyView(
        version.number(),
        s.holdAfterDaysPastDue(),
        s.warnDaysBeforeHold(),
        s.creditLimitHoldRatio(),
        s.creditLimitWarnRatio(),
        s.pastDueTolerance().toPlainString(),
        s.promiseGraceDays(),
        s.maxPromiseDays(),
        s.maxOverrideDays(),
        s.escalationExposure().toPlainString(),
        s.escalationAckHours(),
        s.timeZone().getId());
  }
}
