package com.creditbridge.hold.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CreditStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditPolicyTest {

  private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
  private final CreditPolicy policy = new CreditPolicy();

  @Nested
  class PastDueThresholds {

    @ParameterizedTest(name = "due {0}, today {1} (dpd {2}) -> {3} {4}")
    @CsvSource({
      "2026-03-01, 2026-02-20, -9, CLEAR,       ''",
      "2026-03-01, 2026-03-01,  0, CLEAR,       ''",
      "2026-03-01, 2026-04-23, 53, CLEAR,       ''",
      "2026-03-01, 2026-04-24, 54, APPROACHING, PAST_DUE_SOON",
      "2026-03-01, 2026-04-30, 60, APPROACHING, PAST_DUE_SOON",
      "2026-03-01, 2026-05-01, 61, ON_HOLD,     PAST_DUE",
      "2026-03-01, 2026-08-01, 153, ON_HOLD,    PAST_DUE",
    })
    void statusFollowsDaysPastDueOfTheOnlyInvoice(
        LocalDate dueOn, LocalDate today, int dpd, CreditStatus status, String reasons) {
      PolicyOutcome decision = evaluate(today, invoice("INV-1", "1200.00", dueOn));

      assertThat(decision.status()).isEqualTo(status);
      assertThat(codes(decision)).isEqualTo(codes(reasons));
      decision.reasons().forEach(reason -> assertThat(reason.daysPastDue()).isEqualTo(dpd));
    }

    @Test
    void startsWarningOnTheTwentyFourthOfAprilAndHoldingOnTheFirstOfMayForAnInvoiceDueFirstMarch() {
      assertThat(
              evaluate(date("2026-04-23"), invoice("A", "10.00", MARCH_1)).nextTimeDrivenChange())
          .isEqualTo(Instant.parse("2026-04-24T00:00:00Z"));
      assertThat(
              evaluate(date("2026-04-24"), invoice("A", "10.00", MARCH_1)).nextTimeDrivenChange())
          .isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
    }

    @Test
    void honoursOtherThresholds() {
      PolicySettings settings =
          PolicySettingsBuilder.defaults().holdAfterDaysPastDue(30).warnDaysBeforeHold(10).build();

      assertThat(status(settings, "2026-03-21", MARCH_1)).isEqualTo(CreditStatus.CLEAR);
      assertThat(status(settings, "2026-03-22", MARCH_1)).isEqualTo(CreditStatus.APPROACHING);
      assertThat(status(settings, "2026-03-31", MARCH_1)).isEqualTo(CreditStatus.APPROACHING);
      assertThat(status(settings, "2026-04-01", MARCH_1)).isEqualTo(CreditStatus.ON_HOLD);
    }

    @Test
    void neverWarnsWhenWarningDaysAreZero() {
      PolicySettings settings = PolicySettingsBuilder.defaults().warnDaysBeforeHold(0).build();

      assertThat(status(settings, "2026-04-30", MARCH_1)).isEqualTo(CreditStatus.CLEAR);
      assertThat(status(settings, "2026-05-01", MARCH_1)).isEqualTo(CreditStatus.ON_HOLD);
    }

    private CreditStatus status(PolicySettings settings, String today, LocalDate dueOn) {
      return policy.evaluate(credit(invoice("A", "10.00", dueOn)), settings, date(today)).status();
    }
  }

  @Nested
  class Tolerance {

    private final PolicySettings tolerant =
        PolicySettingsBuilder.defaults().pastDueTolerance(new BigDecimal("100.00")).build();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "'A 100.00 dpd 61',                   CLEAR,       ''",
      "'A 100.01 dpd 61',                   ON_HOLD,     PAST_DUE",
      "'A 60.00 dpd 61; B 40.00 dpd 70',    CLEAR,       ''",
      "'A 60.00 dpd 61; B 40.01 dpd 70',    ON_HOLD,     PAST_DUE",
      "'A 100.00 dpd 61; B 0.01 dpd 54',    APPROACHING, PAST_DUE_SOON",
      "'A 100.00 dpd 54',                   CLEAR,       ''",
      "'A 100.01 dpd 54',                   APPROACHING, PAST_DUE_SOON",
      "'A 100.00 dpd 61; B 500.00 dpd 53',  CLEAR,       ''",
    })
    void ignoresPastDueSumsAtOrBelowTheTolerance(
        String invoices, CreditStatus status, String reasons) {
      PolicyOutcome decision = policy.evaluate(credit(parse(invoices)), tolerant, TODAY);

      assertThat(decision.status()).isEqualTo(status);
      assertThat(codes(decision)).isEqualTo(codes(reasons));
    }

    @Test
    void cureAmountLeavesOnlyTheTolerancePastDue() {
      PolicyOutcome decision =
          policy.evaluate(credit(parse("A 100.00 dpd 61; B 0.01 dpd 54")), tolerant, TODAY);

      assertThat(decision.cureAmount()).isEqualByComparingTo("0.01");
    }

    @Test
    void projectsTheHoldOnTheDayTheSumPastSixtyDaysFirstExceedsTheTolerance() {
      // A alone (60.00) never exceeds 100.00; A and B together do once B is 61 days past due
      PolicyOutcome decision =
          policy.evaluate(
              credit(invoice("A", "60.00", MARCH_1), invoice("B", "60.00", date("2026-03-10"))),
              tolerant,
              date("2026-03-15"));

      assertThat(decision.status()).isEqualTo(CreditStatus.CLEAR);
      assertThat(decision.projectedHoldOn()).isEqualTo(date("2026-05-10"));
      // A crossing 53 days on 24 April changes nothing; B crossing on 3 May makes it APPROACHING
      assertThat(decision.nextTimeDrivenChange()).isEqualTo(Instant.parse("2026-05-03T00:00:00Z"));
    }

    @Test
    void projectsNoHoldWhenAllQualifyingInvoicesTogetherStayWithinTheTolerance() {
      PolicyOutcome decision =
          policy.evaluate(credit(invoice("A", "99.99", MARCH_1)), tolerant, date("2026-03-15"));

      assertThat(decision.projectedHoldOn()).isNull();
      assertThat(decision.nextTimeDrivenChange()).isNull();
    }
  }

  @Nested
  class Disputes {

    @Test
    void excludesDisputedInvoicesFromThePastDueRulesButNotFromExposure() {
      PolicyOutcome decision =
          evaluate(
              TODAY,
              disputed("D", "5000.00", TODAY.minusDays(90)),
              invoice("A", "100.00", TODAY.plusDays(10)));

      assertThat(decision.status()).isEqualTo(CreditStatus.CLEAR);
      assertThat(decision.reasons()).isEmpty();
      assertThat(decision.exposure()).isEqualTo(new BigDecimal("5100.00"));
      assertThat(decision.projectedHoldOn()).isEqualTo(TODAY.plusDays(71));
    }

    @Test
    void projectsNoHoldWhenOnlyDisputedInvoicesAreOpen() {
      PolicyOutcome decision = evaluate(TODAY, disputed("D", "5000.00", TODAY.minusDays(30)));

      assertThat(decision.projectedHoldOn()).isNull();
      assertThat(decision.nextTimeDrivenChange()).isNull();
    }

    @Test
    void countsOnlyTheUndisputedPartOfAnAccountInTheCure() {
      PolicyOutcome decision =
          evaluate(
              TODAY,
              disputed("D", "5000.00", TODAY.minusDays(90)),
              invoice("A", "300.00", TODAY.minusDays(61)));

      assertThat(decision.status()).isEqualTo(CreditStatus.ON_HOLD);
      assertThat(decision.reasons())
          .singleElement()
          .extracting(CreditReason::invoiceId)
          .isEqualTo("A");
      assertThat(decision.cureAmount()).isEqualTo(new BigDecimal("300.00"));
    }
  }

  @Nested
  class Figures {

    @Test
    void reportsNothingForAnAccountWithoutOpenItems() {
      PolicyOutcome decision = evaluate(TODAY);

      assertThat(decision.status()).isEqualTo(CreditStatus.CLEAR);
      assertThat(decision.reasons()).isEmpty();
      assertThat(decision.projectedHoldOn()).isNull();
      assertThat(decision.cureAmount()).isNull();
      assertThat(decision.exposure()).isEqualTo(new BigDecimal("0.00"));
      assertThat(decision.nextTimeDrivenChange()).isNull();
    }

    @Test
    void subtractsUnappliedCreditFromExposureButNeverGoesBelowZero() {
      AccountLedger ledger =
          new AccountLedger(
              "EUR", null, new BigDecimal("150.00"), List.of(invoice("A", "100.00", TODAY)));

      assertThat(
              policy.evaluate(AccountCredit.of(ledger), PolicySettings.DEFAULTS, TODAY).exposure())
          .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void followsTheWorkedExampleOfThePolicyForThePastDueRules() {
      LocalDate today = date("2026-05-10");
      OpenInvoice a = invoice("A", "1000.00", MARCH_1);
      OpenInvoice b = invoice("B", "2000.00", date("2026-03-20"));
      OpenInvoice c = invoice("C", "6500.00", date("2026-05-30"));

      PolicyOutcome before = evaluate(today, a, b, c);
      assertThat(before.status()).isEqualTo(CreditStatus.ON_HOLD);
      assertThat(before.reasons())
          .singleElement()
          .satisfies(
              reason -> {
                assertThat(reason.code()).isEqualTo(ReasonCode.PAST_DUE);
                assertThat(reason.invoiceId()).isEqualTo("A");
                assertThat(reason.daysPastDue()).isEqualTo(70);
                assertThat(reason.amount()).isEqualTo(new BigDecimal("1000.00"));
              });
      assertThat(before.cureAmount()).isEqualTo(new BigDecimal("1000.00"));
      assertThat(before.exposure()).isEqualTo(new BigDecimal("9500.00"));
      assertThat(before.projectedHoldOn()).isNull();

      PolicyOutcome afterPaying = evaluate(today, b, c);
      assertThat(afterPaying.status()).isEqualTo(CreditStatus.CLEAR);
      assertThat(afterPaying.cureAmount()).isNull();
      assertThat(afterPaying.exposure()).isEqualTo(new BigDecimal("8500.00"));
      assertThat(afterPaying.projectedHoldOn()).isEqualTo(date("2026-05-20"));
      assertThat(afterPaying.nextTimeDrivenChange())
          .isEqualTo(Instant.parse("2026-05-13T00:00:00Z"));
    }

    @Test
    void curesAnAccountOnHoldByPayingEverythingPastTheWarningThreshold() {
      PolicyOutcome decision =
          evaluate(
              TODAY,
              invoice("A", "1000.00", TODAY.minusDays(70)),
              invoice("B", "250.00", TODAY.minusDays(55)),
              invoice("C", "4000.00", TODAY.minusDays(53)));

      assertThat(decision.status()).isEqualTo(CreditStatus.ON_HOLD);
      assertThat(decision.reasons())
          .singleElement()
          .extracting(CreditReason::amount)
          .isEqualTo(new BigDecimal("1000.00"));
      assertThat(decision.cureAmount()).isEqualTo(new BigDecimal("1250.00"));
    }

    @ParameterizedTest(name = "{0} {1} over a tolerance of {2} -> cure {3}")
    @CsvSource({
      "EUR, 20.00,   10.005, 10.00",
      "EUR, 100.001, 0.00,   100.01",
      "JPY, 1500,    0.5,    1500",
      "BHD, 12.3451, 0,      12.346",
    })
    void roundsTheCureAmountUpToTheCurrencysMinorUnit(
        String currency, BigDecimal amount, BigDecimal tolerance, BigDecimal cure) {
      AccountLedger ledger =
          new AccountLedger(
              currency,
              null,
              BigDecimal.ZERO,
              List.of(invoice("A", amount.toPlainString(), MARCH_1)));

      PolicyOutcome decision =
          policy.evaluate(
              AccountCredit.of(ledger),
              PolicySettingsBuilder.defaults().pastDueTolerance(tolerance).build(),
              date("2026-05-01"));

      assertThat(decision.cureAmount()).isEqualTo(cure);
    }

    @Test
    void projectsTheHoldForAnApproachingAccount() {
      PolicyOutcome decision = evaluate(date("2026-04-25"), invoice("A", "10.00", MARCH_1));

      assertThat(decision.projectedHoldOn()).isEqualTo(date("2026-05-01"));
      assertThat(decision.cureAmount()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void projectsTheHoldOnTheOldestQualifyingInvoice() {
      PolicyOutcome decision =
          evaluate(
              date("2026-03-15"),
              invoice("late", "10.00", date("2026-04-01")),
              invoice("early", "10.00", MARCH_1));

      assertThat(decision.projectedHoldOn()).isEqualTo(date("2026-05-01"));
    }

    @Test
    void changesNextWhenAnotherInvoiceRaisesTheCureOfAnAccountOnHold() {
      // on hold already; B crossing 53 days raises the cure on 2026-05-02, crossing 60 on 05-09
      LocalDate today = date("2026-04-20");
      PolicyOutcome decision =
          evaluate(
              today,
              invoice("A", "10.00", today.minusDays(70)),
              invoice("B", "5.00", date("2026-03-09")));

      assertThat(decision.status()).isEqualTo(CreditStatus.ON_HOLD);
      assertThat(decision.nextTimeDrivenChange()).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
      assertThat(
              evaluate(
                      date("2026-05-02"),
                      invoice("A", "10.00", today.minusDays(70)),
                      invoice("B", "5.00", date("2026-03-09")))
                  .nextTimeDrivenChange())
          .isEqualTo(Instant.parse("2026-05-09T00:00:00Z"));
    }

    @Test
    void hasNoTimeDrivenChangeOnceEveryInvoiceIsOnHold() {
      assertThat(evaluate(TODAY, invoice("A", "10.00", TODAY.minusDays(61))).nextTimeDrivenChange())
          .isNull();
    }

    @Test
    void startsTheNextChangeAtMidnightInThePolicysTimeZone() {
      PolicySettings berlin =
          PolicySettingsBuilder.defaults().timeZone(ZoneId.of("Europe/Berlin")).build();

      PolicyOutcome decision =
          policy.evaluate(credit(invoice("A", "10.00", MARCH_1)), berlin, date("2026-04-01"));

      assertThat(decision.nextTimeDrivenChange()).isEqualTo(Instant.parse("2026-04-23T22:00:00Z"));
    }
  }

  @Nested
  class Sentences {

    @Test
    void explainsAHoldForOneInvoice() {
      PolicyOutcome decision = evaluate(date("2026-05-05"), invoice("INV-1", "1200", MARCH_1));

      assertThat(decision.reasons())
          .singleElement()
          .satisfies(
              reason -> {
                assertThat(reason.message())
                    .isEqualTo(
                        "Invoice INV-1 (1,200.00 EUR) is 65 days past due; the account goes to credit"
                            + " hold after 60 days.");
                assertThat(reason.invoiceId()).isEqualTo("INV-1");
                assertThat(reason.daysPastDue()).isEqualTo(65);
                assertThat(reason.amount()).isEqualTo(new BigDecimal("1200.00"));
              });
    }

    @Test
    void explainsAWarningWithTheDateOfTheHold() {
      PolicyOutcome decision = evaluate(date("2026-04-25"), invoice("INV-1", "1200.00", MARCH_1));

      assertThat(decision.reasons())
          .singleElement()
          .extracting(CreditReason::message)
          .isEqualTo(
              "Invoice INV-1 (1,200.00 EUR) is 55 days past due; the account goes to credit hold on 1 May"
                  + " 2026 unless it is paid.");
    }

    @Test
    void summarisesSeveralInvoicesAndNamesTheOldest() {
      PolicyOutcome decision =
          evaluate(
              date("2026-05-15"),
              invoice("INV-2", "800.00", date("2026-03-10")),
              invoice("INV-1", "1200.00", MARCH_1));

      assertThat(decision.reasons())
          .singleElement()
          .satisfies(
              reason -> {
                assertThat(reason.message())
                    .isEqualTo(
                        "2 invoices totalling 2,000.00 EUR are more than 60 days past due (the"
                            + " oldest, INV-1, by 75 days); the account goes to credit hold after 60 days.");
                assertThat(reason.invoiceId()).isEqualTo("INV-1");
                assertThat(reason.daysPastDue()).isEqualTo(75);
                assertThat(reason.amount()).isEqualTo(new BigDecimal("2000.00"));
              });
    }
  }

  @Test
  void defaultsAreThoseOfThePolicyDocument() {
    PolicySettings defaults = PolicySettings.DEFAULTS;

    assertThat(defaults.holdAfterDaysPastDue()).isEqualTo(60);
    assertThat(defaults.warnDaysBeforeHold()).isEqualTo(7);
    assertThat(defaults.creditLimitHoldRatio()).isEqualTo(new BigDecimal("1.00"));
    assertThat(defaults.creditLimitWarnRatio()).isEqualTo(new BigDecimal("0.90"));
    assertThat(defaults.pastDueTolerance()).isEqualTo(new BigDecimal("0.00"));
    assertThat(defaults.promiseGraceDays()).isEqualTo(2);
    assertThat(defaults.maxPromiseDays()).isEqualTo(30);
    assertThat(defaults.maxOverrideDays()).isEqualTo(30);
    assertThat(defaults.escalationExposure()).isEqualTo(new BigDecimal("50000.00"));
    assertThat(defaults.escalationAckHours()).isEqualTo(24);
    assertThat(defaults.timeZone()).isEqualTo(ZoneId.of("UTC"));
  }

  private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

  private PolicyOutcome evaluate(LocalDate today, OpenInvoice... invoices) {
    return policy.evaluate(credit(invoices), PolicySettings.DEFAULTS, today);
  }

  private static AccountCredit credit(OpenInvoice... invoices) {
    return credit(List.of(invoices));
  }

  private static AccountCredit credit(List<OpenInvoice> invoices) {
    return AccountCredit.of(new AccountLedger("EUR", null, BigDecimal.ZERO, invoices));
  }

  private static OpenInvoice invoice(String id, String amount, LocalDate dueOn) {
    return new OpenInvoice(id, new BigDecimal(amount), dueOn, false);
  }

  private static OpenInvoice disputed(String id, String amount, LocalDate dueOn) {
    return new OpenInvoice(id, new BigDecimal(amount), dueOn, true);
  }

  /** {@code "A 100.00 dpd 61; B 0.01 dpd 54"}: invoices by days past due on {@link #TODAY}. */
  private static List<OpenInvoice> parse(String invoices) {
    return Arrays.stream(invoices.split(";"))
        .map(String::trim)
        .map(spec -> spec.split(" "))
        .map(part -> invoice(part[0], part[1], TODAY.minusDays(Integer.parseInt(part[3]))))
        .toList();
  }

  private static List<ReasonCode> codes(PolicyOutcome decision) {
    return decision.reasons().stream().map(CreditReason::code).toList();
  }

  private static List<ReasonCode> codes(String codes) {
    return codes.isBlank()
        ? List.of()
        : Arrays.stream(codes.split(",")).map(String::trim).map(ReasonCode::valueOf).toList();
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
