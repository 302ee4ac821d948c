package com.creditbridge.hold.policyweb;

import com.creditbridge.hold.policy.PolicySettings;
import com.creditbridge.hold.policy.PolicyVersion;
import java.math.BigDecimal;

/**
 * The body of {@code GET|PUT /api/v1/policy}: the settings of credit-policy.md and their version.
 * Money settings are decimal strings; ratios are numbers. {@code reevaluation} tells how many
 * accounts still wait to be decided with this version.
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
    String timeZone,
    int openOrderDays,
    String jointDecisionExposure,
    int reviewRequestHours,
    Reevaluation reevaluation) {

  /**
   * Progress of the re-evaluation that a policy change starts.
   *
   * @param pendingAccounts accounts whose stored decision is from an older policy version; 0 once
   *     the change has taken effect everywhere
   */
  record Reevaluation(long pendingAccounts) {}

  static PolicyView of(PolicyVersion version, long pendingAccounts) {
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
        s.timeZone().getId(),
        s.openOrderDays(),
        s.jointDecisionExposure().toPlainString(),
        s.reviewRequestHours(),
        new Reevaluation(pendingAccounts));
  }
}
