package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Policy settings as a client sends them ({@code PUT /api/v1/policy}, {@code POST
 * /api/v1/policy/simulate}): every field may be missing or out of range until {@link #problems()}
 * says it is not. {@code openOrderDays} came with orders: a client written before them leaves it
 * out and gets the default; so do {@code jointDecisionExposure} and {@code reviewRequestHours},
 * which came with review requests.
 */
public record PolicyDraft(
    Integer holdAfterDaysPastDue,
    Integer warnDaysBeforeHold,
    BigDecimal creditLimitHoldRatio,
    BigDecimal creditLimitWarnRatio,
    BigDecimal pastDueTolerance,
    Integer promiseGraceDays,
    Integer maxPromiseDays,
    Integer maxOverrideDays,
    BigDecimal escalationExposure,
    Integer escalationAckHours,
    String timeZone,
    Integer openOrderDays,
    BigDecimal jointDecisionExposure,
    Integer reviewRequestHours) {

  /** Ten years: beyond that a number of days is a typing error, not a policy. */
  static final int MAX_DAYS = 3650;

  static final BigDecimal MAX_RATIO = new BigDecimal("100");
  static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");
  static final int MAX_ACK_HOURS = 24 * 365;

  public static PolicyDraft of(PolicySettings settings) {
    return new PolicyDraft(
        settings.holdAfterDaysPastDue(),
        settings.warnDaysBeforeHold(),
        settings.creditLimitHoldRatio(),
        settings.creditLimitWarnRatio(),
        settings.pastDueTolerance(),
        settings.promiseGraceDays(),
        settings.maxPromiseDays(),
        settings.maxOverrideDays(),
        settings.escalationExposure(),
        settings.escalationAckHours(),
        settings.timeZone().getId(),
        settings.openOrderDays(),
        settings.jointDecisionExposure(),
        settings.reviewRequestHours());
  }

  /** Every field that is missing or out of range, with why; empty when the draft is a policy. */
  public List<SettingProblem> problems() {
    List<SettingProblem> problems = new ArrayList<>();
    days(problems, "holdAfterDaysPastDue", holdAfterDaysPastDue);
    days(problems, "warnDaysBeforeHold", warnDaysBeforeHold);
    days(problems, "promiseGraceDays", promiseGraceDays);
    days(problems, "maxPromiseDays", maxPromiseDays);
    days(problems, "maxOverrideDays", maxOverrideDays);
    if (openOrderDays != null && (openOrderDays < 0 || openOrderDays > MAX_DAYS)) {
      problems.add(
          new SettingProblem("openOrderDays", "must be between 0 and " + MAX_DAYS + " days"));
    }
    if (jointDecisionExposure != null) {
      money(problems, "jointDecisionExposure", jointDecisionExposure);
    }
    if (reviewRequestHours != null
        && (reviewRequestHours < 1 || reviewRequestHours > MAX_ACK_HOURS)) {
      problems.add(
          new SettingProblem("reviewRequestHours", "must be between 1 and " + MAX_ACK_HOURS));
    }
    if (holdAfterDaysPastDue != null
        && warnDaysBeforeHold != null
        && warnDaysBeforeHold >= holdAfterDaysPastDue
        && warnDaysBeforeHold >= 0
        && holdAfterDaysPastDue >= 0) {
      problems.add(
          new SettingProblem("warnDaysBeforeHold", "must be less than holdAfterDaysPastDue"));
    }
    ratio(problems, "creditLimitHoldRatio", creditLimitHoldRatio);
    ratio(problems, "creditLimitWarnRatio", creditLimitWarnRatio);
    if (creditLimitHoldRatio != null
        && creditLimitWarnRatio != null
        && creditLimitWarnRatio.compareTo(creditLimitHoldRatio) > 0) {
      problems.add(
          new SettingProblem(
              "creditLimitWarnRatio", "must not be greater than creditLimitHoldRatio"));
    }
    money(problems, "pastDueTolerance", pastDueTolerance);
    money(problems, "escalationExposure", escalationExposure);
    if (escalationAckHours == null) {
      problems.add(new SettingProblem("escalationAckHours", "is required"));
    } else if (escalationAckHours < 1 || escalationAckHours > MAX_ACK_HOURS) {
      problems.add(
          new SettingProblem("escalationAckHours", "must be between 1 and " + MAX_ACK_HOURS));
    }
    if (timeZone == null || timeZone.isBlank()) {
      problems.add(new SettingProblem("timeZone", "is required"));
    } else if (zone(timeZone) == null) {
      problems.add(
          new SettingProblem("timeZone", "must be a known time zone such as Europe/Berlin"));
    }
    return problems;
  }

  /**
   * The settings; call only when {@link #problems()} is empty.
   *
   * @throws IllegalStateException when the draft has problems
   */
  public PolicySettings toSettings() {
    List<SettingProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("policy draft has problems: " + problems);
    }
    return new PolicySettings(
        holdAfterDaysPastDue,
        warnDaysBeforeHold,
        creditLimitHoldRatio,
        creditLimitWarnRatio,
        pastDueTolerance,
        promiseGraceDays,
        maxPromiseDays,
        maxOverrideDays,
        escalationExposure,
        escalationAckHours,
        zone(timeZone),
        openOrderDays == null ? PolicySettings.DEFAULT_OPEN_ORDER_DAYS : openOrderDays,
        jointDecisionExposure == null
            ? PolicySettings.DEFAULT_JOINT_DECISION_EXPOSURE
            : jointDecisionExposure,
        reviewRequestHours == null
            ? PolicySettings.DEFAULT_REVIEW_REQUEST_HOURS
            : reviewRequestHours);
  }

  private static void days(List<SettingProblem> problems, String field, Integer value) {
    if (value == null) {
      problems.add(new SettingProblem(field, "is required"));
    } else if (value < 0 || value > MAX_DAYS) {
      problems.add(new SettingProblem(field, "must be between 0 and " + MAX_DAYS + " days"));
    }
  }

  private static void ratio(List<SettingProblem> problems, String field, BigDecimal value) {
    if (value == null) {
      problems.add(new SettingProblem(field, "is required"));
    } else if (value.signum() <= 0 || value.compareTo(MAX_RATIO) > 0) {
      problems.add(new SettingProblem(field, "must be above 0 and at most " + MAX_RATIO));
    } else if (value.scale() > 4) {
      problems.add(new SettingProblem(field, "must have at most 4 decimals"));
    }
  }

  private static void money(List<SettingProblem> problems, String field, BigDecimal value) {
    if (value == null) {
      problems.add(new SettingProblem(field, "is required"));
    } else if (value.signum() < 0 || value.compareTo(MAX_MONEY) > 0) {
      problems.add(new SettingProblem(field, "must be between 0 and " + MAX_MONEY));
    } else if (value.scale() > 4) {
      problems.add(new SettingProblem(field, "must have at most 4 decimals"));
    }
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** One setting that is missing or out of range. */
  public record SettingProblem(String field, String message) {}
}
