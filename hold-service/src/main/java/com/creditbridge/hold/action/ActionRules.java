package com.creditbridge.hold.action;

import com.creditbridge.hold.action.ActionRequests.HoldRequest;
import com.creditbridge.hold.action.ActionRequests.NoteRequest;
import com.creditbridge.hold.action.ActionRequests.OverrideRequest;
import com.creditbridge.hold.action.ActionRequests.PromiseRequest;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.PolicySettings;
import com.creditbridge.platform.problem.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an action must satisfy: who and why present and bounded, amounts positive in the account
 * currency's minor unit, dates within the policy's limits. Pure, so every rule is unit-tested.
 */
final class ActionRules {

  static final int MAX_WHO = 200;
  static final int MAX_WHY = 2000;

  /** A note may be as long as a reply that becomes one (contract.md, "Replies become notes"). */
  static final int MAX_NOTE = 4000;

  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  private ActionRules() {}

  static List<FieldProblem> check(HoldRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, "reason", request.reason(), MAX_WHY, true);
    text(problems, "placedBy", request.placedBy(), MAX_WHO, true);
    return problems;
  }

  static List<FieldProblem> check(
      OverrideRequest request, PolicySettings settings, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, "reason", request.reason(), MAX_WHY, true);
    text(problems, "approvedBy", request.approvedBy(), MAX_WHO, true);
    date(problems, "until", request.until(), today, settings.maxOverrideDays(), "maxOverrideDays");
    return problems;
  }

  static List<FieldProblem> check(
      PromiseRequest request, PolicySettings settings, LocalDate today, CurrencyUnit currency) {
    List<FieldProblem> problems = new ArrayList<>();
    BigDecimal amount = request.amount();
    if (amount == null) {
      problems.add(new FieldProblem("amount", "is required"));
    } else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
      problems.add(new FieldProblem("amount", "must be above 0 and at most " + MAX_AMOUNT));
    } else if (amount.stripTrailingZeros().scale() > currency.fractionDigits()) {
      problems.add(
          new FieldProblem(
              "amount",
              "must have at most "
                  + currency.fractionDigits()
                  + " decimals for "
                  + currency.code()));
    }
    date(
        problems,
        "promisedOn",
        request.promisedOn(),
        today,
        settings.maxPromiseDays(),
        "maxPromiseDays");
    text(problems, "recordedBy", request.recordedBy(), MAX_WHO, true);
    text(problems, "note", request.note(), MAX_WHY, false);
    return problems;
  }

  static List<FieldProblem> check(NoteRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, "author", request.author(), MAX_WHO, true);
    text(problems, "text", request.text(), MAX_NOTE, true);
    return problems;
  }

  static final String IDEMPOTENCY_KEY_RULE = "must be 1-100 characters of A-Z a-z 0-9 . _ : -";

  static boolean isIdempotencyKey(String key) {
    return key.matches("[A-Za-z0-9._:-]{1,100}");
  }

  /** Who ended a hold or an override, and why: both optional, both bounded. */
  static List<FieldProblem> checkEnding(String endedBy, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, "endedBy", endedBy, MAX_WHO, false);
    text(problems, "reason", reason, MAX_WHY, false);
    return problems;
  }

  private static void text(
      List<FieldProblem> problems, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "is required"));
      }
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
    }
  }

  private static void date(
      List<FieldProblem> problems,
      String field,
      LocalDate value,
      LocalDate today,
      int maxDays,
      String setting) {
    if (value == null) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (value.isBefore(today)) {
      problems.add(new FieldProblem(field, "must not be in the past (today is " + today + ")"));
    } else if (value.isAfter(today.plusDays(maxDays))) {
      problems.add(
          new FieldProblem(
              field,
              "must be at most "
                  + maxDays
                  + " days ahead ("
                  + setting
                  + "), i.e. on or before "
                  + today.plusDays(maxDays)));
    }
  }
}
