package com.creditbridge.hold.policy;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.hold.policy.PastDueLadder.PastDue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The credit policy of credit-policy.md as a pure function of (account, settings, today). This
 * release implements the past-due rules {@code PAST_DUE} and {@code PAST_DUE_SOON}; the limit
 * rules, promises, manual holds and overrides slot into {@link #assess} in the order of the
 * document's status list.
 */
public final class CreditPolicy {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  public CreditDecision evaluate(AccountCredit account, PolicySettings settings, LocalDate today) {
    Objects.requireNonNull(today, "today");
    AccountLedger ledger = account.ledger();
    CurrencyUnit unit = CurrencyUnit.of(ledger.currency());
    PastDueLadder ladder = PastDueLadder.of(ledger.openInvoices());
    Assessment now = assess(ladder, settings, today);
    Optional<LocalDate> nextChange = nextChange(ladder, settings, today, now);
    return new CreditDecision(
        now.status(),
        now.findings().stream()
            .map(finding -> reason(finding, now, settings, unit, today))
            .toList(),
        now.projectedHoldOn(),
        unit.roundUp(now.cureAmount()),
        unit.scaled(ledger.exposure()),
        nextChange.map(day -> day.atStartOfDay(settings.timeZone()).toInstant()).orElse(null));
  }

  /**
   * Everything the policy concludes on one date except the sentences, which quote days past due and
   * so differ every day. Two dates with equal assessments show the same decision.
   */
  private static Assessment assess(PastDueLadder ladder, PolicySettings settings, LocalDate on) {
    BigDecimal tolerance = settings.pastDueTolerance();
    List<Finding> findings = new ArrayList<>();
    PastDue pastHold = ladder.overdue(settings.holdAfterDaysPastDue(), on);
    boolean pastDue = pastHold.amount().compareTo(tolerance) > 0;
    if (pastDue) {
      findings.add(new Finding(ReasonCode.PAST_DUE, pastHold));
    }
    PastDue pastWarn = ladder.overdue(settings.warnAfterDaysPastDue(), on);
    if (!pastDue && pastWarn.amount().compareTo(tolerance) > 0) {
      findings.add(new Finding(ReasonCode.PAST_DUE_SOON, pastWarn));
    }
    CreditStatus status = status(findings);
    LocalDate projectedHoldOn =
        status == CreditStatus.ON_HOLD
            ? null
            : ladder
                .firstDateOverdueExceeds(settings.holdAfterDaysPastDue(), tolerance)
                .map(day -> day.isBefore(on) ? on : day)
                .orElse(null);
    BigDecimal cureAmount =
        status == CreditStatus.CLEAR
            ? null
            : pastWarn.amount().subtract(tolerance).max(BigDecimal.ZERO);
    return new Assessment(status, List.copyOf(findings), projectedHoldOn, cureAmount);
  }

  /** First match wins: a hold rule, then a warn rule, then CLEAR. */
  private static CreditStatus status(List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.code().kind() == ReasonCode.Kind.HOLD)) {
      return CreditStatus.ON_HOLD;
    }
    if (findings.stream().anyMatch(f -> f.code().kind() == ReasonCode.Kind.WARN)) {
      return CreditStatus.APPROACHING;
    }
    return CreditStatus.CLEAR;
  }

  /**
   * Only an invoice crossing a threshold changes the assessment with time, so the candidates are
   * those crossings; the first one that changes anything is the next time-driven change.
   */
  private static Optional<LocalDate> nextChange(
      PastDueLadder ladder, PolicySettings settings, LocalDate today, Assessment now) {
    return Stream.concat(
            ladder.crossings(settings.holdAfterDaysPastDue()).stream(),
            ladder.crossings(settings.warnAfterDaysPastDue()).stream())
        .filter(day -> day.isAfter(today))
        .distinct()
        .sorted()
        .filter(day -> !assess(ladder, settings, day).equals(now))
        .findFirst();
  }

  private static CreditReason reason(
      Finding finding,
      Assessment assessment,
      PolicySettings settings,
      CurrencyUnit unit,
      LocalDate today) {
    PastDue pastDue = finding.pastDue();
    OpenInvoice oldest = pastDue.oldest();
    int daysPastDue = Math.toIntExact(oldest.daysPastDue(today));
    String message =
        switch (finding.code()) {
          case PAST_DUE ->
              pastDueSummary(pastDue, settings.holdAfterDaysPastDue(), daysPastDue, unit)
                  + "; the account is on hold after "
                  + settings.holdAfterDaysPastDue()
                  + " days.";
          case PAST_DUE_SOON ->
              pastDueSummary(pastDue, settings.warnAfterDaysPastDue(), daysPastDue, unit)
                  + "; the account goes on hold on "
                  + DAY.format(assessment.projectedHoldOn())
                  + (pastDue.count() == 1 ? " unless it is paid." : " unless they are paid.");
          default -> throw new IllegalStateException("no sentence for " + finding.code());
        };
    return new CreditReason(
        finding.code(), message, oldest.invoiceId(), daysPastDue, unit.scaled(pastDue.amount()));
  }

  private static String pastDueSummary(
      PastDue pastDue, int threshold, int oldestDaysPastDue, CurrencyUnit unit) {
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

  /** A rule that fires, with the invoices that make it fire. */
  private record Finding(ReasonCode code, PastDue pastDue) {}

  private record Assessment(
      CreditStatus status,
      List<Finding> findings,
      LocalDate projectedHoldOn,
      BigDecimal cureAmount) {}
}
