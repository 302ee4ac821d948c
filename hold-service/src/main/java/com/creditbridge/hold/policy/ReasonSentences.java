package com.creditbridge.hold.policy;

import com.creditbridge.hold.policy.CreditPolicy.Assessment;
import com.creditbridge.hold.policy.CreditPolicy.Finding;
import com.creditbridge.hold.policy.PastDueLadder.PastDue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The sentences of the reasons: what a sales rep reads instead of a code. They name the invoice,
 * the days, the amounts with their currency and the dates that matter; tests pin them word for
 * word, so change them deliberately.
 */
final class ReasonSentences {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private final CurrencyUnit unit;
  private final PolicySettings settings;
  private final LocalDate today;

  ReasonSentences(CurrencyUnit unit, PolicySettings settings, LocalDate today) {
    this.unit = unit;
    this.settings = settings;
    this.today = today;
  }

  CreditReason reason(Finding finding, AccountCredit account, Assessment assessment) {
    AccountLedger ledger = account.ledger();
    return switch (finding.code()) {
      case PAST_DUE -> {
        PastDue pastDue = finding.pastDue();
        int days = daysPastDue(pastDue);
        yield pastDueReason(
            finding,
            pastDueSummary(pastDue, settings.holdAfterDaysPastDue(), days)
                + "; the account goes to credit hold after "
                + settings.holdAfterDaysPastDue()
                + " days.");
      }
      case PAST_DUE_SOON -> {
        PastDue pastDue = finding.pastDue();
        int days = daysPastDue(pastDue);
        String when =
            assessment.projectedHoldOn() == null
                ? "soon"
                : "on " + DAY.format(assessment.projectedHoldOn());
        yield pastDueReason(
            finding,
            pastDueSummary(pastDue, settings.warnAfterDaysPastDue(), days)
                + "; the account goes to credit hold "
                + when
                + (pastDue.count() == 1 ? " unless it is paid." : " unless they are paid."));
      }
      case CREDIT_LIMIT_EXCEEDED -> {
        BigDecimal exposure = assessment.exposure();
        BigDecimal threshold = ledger.creditLimit().multiply(settings.creditLimitHoldRatio());
        yield limitReason(
            finding,
            "Exposure of %s is above %s%s; the account stays in credit hold until it is at or below it."
                .formatted(
                    unit.format(exposure),
                    unit.format(threshold),
                    ofTheLimit(settings.creditLimitHoldRatio(), ledger)),
            exposure);
      }
      case CREDIT_LIMIT_NEAR -> {
        BigDecimal exposure = assessment.exposure();
        BigDecimal threshold = ledger.creditLimit().multiply(settings.creditLimitWarnRatio());
        yield limitReason(
            finding,
            "Exposure of %s is above %s%s; the account goes to credit hold above %s."
                .formatted(
                    unit.format(exposure),
                    unit.format(threshold),
                    ofTheLimit(settings.creditLimitWarnRatio(), ledger),
                    unit.format(ledger.creditLimit().multiply(settings.creditLimitHoldRatio()))),
            exposure);
      }
      case GROUP_LIMIT_EXCEEDED -> {
        CreditGroup group = account.group();
        yield limitReason(
            finding,
            ("The credit group %s (%d accounts) has an exposure of %s, above %s; every account of"
                    + " the group stays in credit hold until it is at or below it.")
                .formatted(
                    group.name(),
                    group.memberCount(),
                    unit.format(assessment.groupExposure()),
                    unit.format(group.creditLimit().multiply(settings.creditLimitHoldRatio()))
                        + ofTheGroupLimit(settings.creditLimitHoldRatio(), group)),
            assessment.groupExposure());
      }
      case GROUP_LIMIT_NEAR -> {
        CreditGroup group = account.group();
        yield limitReason(
            finding,
            ("The credit group %s (%d accounts) has an exposure of %s, above %s; every account of"
                    + " the group goes to credit hold above %s.")
                .formatted(
                    group.name(),
                    group.memberCount(),
                    unit.format(assessment.groupExposure()),
                    unit.format(group.creditLimit().multiply(settings.creditLimitWarnRatio()))
                        + ofTheGroupLimit(settings.creditLimitWarnRatio(), group),
                    unit.format(group.creditLimit().multiply(settings.creditLimitHoldRatio()))),
            assessment.groupExposure());
      }
      case OVERRIDE -> {
        CreditOverride override = account.override();
        yield modifier(
            finding,
            "Released by %s until %s despite the rules: %s"
                .formatted(override.approvedBy(), DAY.format(override.until()), override.reason()),
            null);
      }
      case MANUAL_HOLD -> {
        ManualHold hold = account.manualHold();
        yield modifier(
            finding,
            "Credit hold placed by hand by %s: %s".formatted(hold.placedBy(), hold.reason()),
            null);
      }
      case PROMISE_TO_PAY -> {
        PromiseToPay promise = account.promise();
        yield modifier(
            finding,
            ("%s recorded a promise to pay %s by %s (%s received so far); no hold for past-due"
                    + " invoices until %s unless it is broken.")
                .formatted(
                    promise.recordedBy(),
                    unit.format(promise.amount()),
                    DAY.format(promise.promisedOn()),
                    unit.format(promise.paidSoFar()),
                    DAY.format(promise.graceEndsOn(settings).plusDays(1))),
            promise.amount());
      }
      case PROMISE_BROKEN -> {
        PromiseToPay promise = account.promise();
        yield modifier(
            finding,
            "The promise to pay %s by %s was broken: only %s arrived by %s."
                .formatted(
                    unit.format(promise.amount()),
                    DAY.format(promise.promisedOn()),
                    unit.format(promise.paidSoFar()),
                    DAY.format(promise.graceEndsOn(settings))),
            promise.amount());
      }
    };
  }

  private int daysPastDue(PastDue pastDue) {
    return Math.toIntExact(pastDue.oldest().daysPastDue(today));
  }

  private CreditReason pastDueReason(Finding finding, String message) {
    PastDue pastDue = finding.pastDue();
    return new CreditReason(
        finding.code(),
        message,
        pastDue.oldest().invoiceId(),
        daysPastDue(pastDue),
        unit.scaled(pastDue.amount()));
  }

  private CreditReason limitReason(Finding finding, String message, BigDecimal exposure) {
    return new CreditReason(finding.code(), message, null, null, unit.scaled(exposure));
  }

  private CreditReason modifier(Finding finding, String message, BigDecimal amount) {
    return new CreditReason(finding.code(), message, null, null, unit.scaled(amount));
  }

  /** " (90% of the 10,000.00 EUR credit limit)", or " (the credit limit)" at 100 %. */
  private String ofTheLimit(BigDecimal ratio, AccountLedger ledger) {
    if (ratio.compareTo(BigDecimal.ONE) == 0) {
      return ", the credit limit";
    }
    BigDecimal percent = ratio.movePointRight(2).stripTrailingZeros();
    return " (%s%% of the %s credit limit)"
        .formatted(percent.toPlainString(), unit.format(ledger.creditLimit()));
  }

  /** " (90% of the group's 25,000.00 EUR limit)", or ", the group's limit" at 100 %. */
  private String ofTheGroupLimit(BigDecimal ratio, CreditGroup group) {
    if (ratio.compareTo(BigDecimal.ONE) == 0) {
      return ", the group's limit";
    }
    BigDecimal percent = ratio.movePointRight(2).stripTrailingZeros();
    return " (%s%% of the group's %s limit)"
        .formatted(percent.toPlainString(), unit.format(group.creditLimit()));
  }

  private String pastDueSummary(PastDue pastDue, int threshold, int oldestDaysPastDue) {
    if (pastDue.count() == 1) {
      return "Invoice %s (%s) is %d days past due"
          .formatted(
              pastDue.oldest().invoiceId(), unit.format(pastDue.amount()), oldestDaysPastDue);
    }
    return "%d invoices totalling %s are more than %d days past due (the oldest, %s, by %d days)"
        .formatted(
            pastDue.count(),
            unit.format(pastDue.amount()),
            threshold,
            pastDue.oldest().invoiceId(),
            oldestDaysPastDue);
  }
}
