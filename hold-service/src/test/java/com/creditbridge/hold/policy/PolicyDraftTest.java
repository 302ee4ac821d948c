package com.creditbridge.hold.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.hold.policy.PolicyDraft.SettingProblem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PolicyDraftTest {

  private final PolicyDraft defaults = PolicyDraft.of(PolicySettings.DEFAULTS);

  @Test
  void acceptsTheDefaultsAndRoundTripsThem() {
    assertThat(defaults.problems()).isEmpty();
    assertThat(defaults.toSettings()).isEqualTo(PolicySettings.DEFAULTS);
  }

  @Test
  void requiresTheWarningRatioNotAboveTheHoldRatio() {
    PolicyDraft draft =
        new PolicyDraft(
            60,
            7,
            new BigDecimal("0.80"),
            new BigDecimal("0.90"),
            BigDecimal.ZERO,
            2,
            30,
            30,
            BigDecimal.TEN,
            24,
            "UTC",
            null,
            null,
            null);

    assertThat(draft.problems())
        .extracting(SettingProblem::field)
        .containsExactly("creditLimitWarnRatio");
  }

  @Test
  void requiresWarningDaysBelowTheHoldDays() {
    PolicyDraft draft =
        new PolicyDraft(
            7,
            7,
            BigDecimal.ONE,
            BigDecimal.ONE,
            BigDecimal.ZERO,
            2,
            30,
            30,
            BigDecimal.TEN,
            24,
            "UTC",
            null,
            null,
            null);

    assertThat(draft.problems())
        .extracting(SettingProblem::field)
        .containsExactly("warnDaysBeforeHold");
  }

  @Test
  void namesEveryMissingOrOutOfRangeSetting() {
    PolicyDraft draft =
        new PolicyDraft(
            -1,
            null,
            BigDecimal.ZERO,
            null,
            new BigDecimal("-0.01"),
            4000,
            30,
            30,
            null,
            0,
            "Mars/Olympus",
            4000,
            new BigDecimal("-1"),
            0);

    assertThat(draft.problems())
        .extracting(SettingProblem::field)
        .containsExactlyInAnyOrder(
            "holdAfterDaysPastDue",
            "warnDaysBeforeHold",
            "creditLimitHoldRatio",
            "creditLimitWarnRatio",
            "pastDueTolerance",
            "promiseGraceDays",
            "escalationExposure",
            "escalationAckHours",
            "timeZone",
            "openOrderDays",
            "jointDecisionExposure",
            "reviewRequestHours");
  }

  @Test
  void leavesOpenOrderDaysAtItsDefaultForAClientThatPredatesOrders() {
    PolicyDraft withoutOrders =
        new PolicyDraft(
            60,
            7,
            BigDecimal.ONE,
            new BigDecimal("0.90"),
            BigDecimal.ZERO,
            2,
            30,
            30,
            BigDecimal.TEN,
            24,
            "UTC",
            null,
            null,
            null);

    assertThat(withoutOrders.problems()).isEmpty();
    assertThat(withoutOrders.toSettings().openOrderDays()).isEqualTo(90);
    assertThat(withoutOrders.toSettings().jointDecisionExposure()).isEqualByComparingTo("100000");
    assertThat(withoutOrders.toSettings().reviewRequestHours()).isEqualTo(48);
  }
}
