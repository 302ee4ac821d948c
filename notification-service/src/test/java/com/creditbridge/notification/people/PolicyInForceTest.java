package com.creditbridge.notification.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyInForceTest {

  private static final String POLICY =
      """
      {"holdAfterDaysPastDue": 60, "warnDaysBeforeHold": 7, "creditLimitHoldRatio": "1.00",
       "creditLimitWarnRatio": "0.90", "pastDueTolerance": "0.00", "promiseGraceDays": 2,
       "escalationExposure": "50000.00", "escalationAckHours": 24%s}
      """;

  @Test
  void readsTheJointDecisionExposure() {
    var terms = PolicyInForce.terms(POLICY.formatted(", \"jointDecisionExposure\": \"250000.00\""));

    assertThat(terms.jointDecisionExposure()).isEqualByComparingTo("250000.00");
  }

  @Test
  void aPolicyWithoutItHasTheDocumentedDefault() {
    var terms = PolicyInForce.terms(POLICY.formatted(""));

    assertThat(terms.jointDecisionExposure()).isEqualByComparingTo("100000.00");
  }
}
