package com.creditbridge.hold.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CreditStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The credit-limit rules, the status order and the modifiers of credit-policy.md. */
class CreditLimitAndModifiersTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-05-10");
  private final CreditPolicy policy = new CreditPolicy();

  @Nested
  class CreditLimit {

    @ParameterizedTest(name = "exposure {0} against limit {1} -> {2} {3}")
    @CsvSource({
      "8999.99,  10000.00, CLEAR,       ''",
      "9000.00,  10000.00, CLEAR,       ''",
      "9000.01,  10000.00, APPROACHING, CREDIT_LIMIT_NEAR",
      "10000.00, 10000.00, APPROACHING, CREDIT_LIMIT_NEAR",
      "10000.01, 10000.00, ON_HOLD,     CREDIT_LIMIT_EXCEEDED",
      "50.00,    0.00,     ON_HOLD,     CREDIT_LIMIT_EXCEEDED",
      "0.00,     0.00,     CLEAR,       ''",
      "999999.00, ,        CLEAR,       ''",
    })
    void comparesExposureWithTheLimitTimesTheRatios(
        String exposure, String limit, CreditStatus status, String codes) {
      PolicyOutcome decision =
          evaluate(
              ledger(limit, "0", invoice("A", exposure, "2026-06-30")), PolicySettings.DEFAULTS);

      assertThat(decision.status()).isEqualTo(status);
      assertThat(codes(decision)).isEqualTo(codes(codes));
    }

    @Test
    void cureBringsExposureDownToTheWarningThreshold() {
      PolicyOutcome decision =
          evaluate(ledger("10000.00", "0", invoice("A", "10500.00", "2026-06-30")));

      assertThat(decision.cureAmount()).isEqualTo(new BigDecimal("1500.00"));
      assertThat(decision.reasons().get(0).message())
          .isEqualTo(
              "Exposure of 10,500.00 EUR is above 10,000.00 EUR, the credit limit; the account"
                  + " stays in credit hold until it is at or below it.");
      assertThat(decision.reasons().get(0).amount()).isEqualTo(new BigDecimal("10500.00"));
    }

    @Test
    void explainsTheWarningWithTheThresholdAndTheLimit() {
      PolicyOutcome decision =
          evaluate(ledger("10000.00", "0", invoice("A", "9500.00", "2026-06-30")));

      assertThat(decision.reasons())
          .singleElement()
          .extracting(CreditReason::message)
          .isEqualTo(
              "Exposure of 9,500.00 EUR is above 9,000.00 EUR (90% of the 10,000.00 EUR credit"
                  + " limit); the account goes to credit hold above 10,000.00 EUR.");
    }

    @Test
    void countsDisputedInvoicesAndSubtractsUnappliedCredit() {
      AccountLedger ledger =
          new AccountLedger(
              "EUR",
              new BigDecimal("1000.00"),
              new BigDecimal("200.00"),
              List.of(
                  new OpenInvoice("A", new BigDecimal("700.00"), date("2026-06-01"), true),
                  invoice("B", "400.00", "2026-06-01")));

      PolicyOutcome decision = evaluate(ledger);

      assertThat(decision.exposure()).isEqualTo(new BigDecimal("900.00"));
      assertThat(decision.status()).isEqualTo(CreditStatus.CLEAR);
    }
  }

  @Test
  void followsTheWorkedExampleOfThePolicyDocument() {
    AccountLedger before =
        ledger(
            "10000.00",
            "0",
            invoice("A", "1000.00", "2026-03-01"),
            invoice("B", "2000.00", "2026-03-20"),
            invoice("C", "6500.00", "2026-05-30"));

    PolicyOutcome onHold = evaluate(before);

    assertThat(onHold.status()).isEqualTo(CreditStatus.ON_HOLD);
    assertThat(codes(onHold)).isEqualTo(codes("PAST_DUE, CREDIT_LIMIT_NEAR"));
    assertThat(onHold.exposure()).isEqualTo(new BigDecimal("9500.00"));
    assertThat(onHold.cureAmount()).isEqualTo(new BigDecimal("1000.00"));

    AccountLedger afterPaying =
        ledger(
            "10000.00",
            "0",
            invoice("B", "2000.00", "2026-03-20"),
            invoice("C", "6500.00", "2026-05-30"));
    PolicyOutcome clear = evaluate(afterPaying);

    assertThat(clear.status()).isEqualTo(CreditStatus.CLEAR);
    assertThat(clear.exposure()).isEqualTo(new BigDecimal("8500.00"));
    assertThat(clear.projectedHoldOn()).isEqualTo(date("2026-05-20"));
    assertThat(clear.nextTimeDrivenChange()).isEqualTo(Instant.parse("2026-05-13T00:00:00Z"));
    assertThat(
            policy
                .evaluate(
                    AccountCredit.of(afterPaying), PolicySettings.DEFAULTS, date("2026-05-13"))
                .status())
        .isEqualTo(CreditStatus.APPROACHING);
  }

  @Nested
  class Overrides {

    private final AccountLedger pastDue =
        ledger("10000.00", "0", invoice("A", "500.00", "2026-03-01"));

    @Test
    void clearsTheAccountAndStillListsTheRulesThatFire() {
      PolicyOutcome decision =
          evaluate(AccountCredit.of(pastDue).withOverride(override("2026-05-20")), TODAY);

      assertThat(decision.status()).isEqualTo(CreditStatus.CLEAR);
      assertThat(codes(decision)).isEqualTo(codes("PAST_DUE, OVERRIDE"));
      assertThat(decision.cureAmount()).isNull();
      assertThat(decision.projectedHoldOn()).isEqualTo(date("2026-05-21"));
      assertThat(decision.reasons().get(1).message())
          .isEqualTo("Released by Carla Credit until 20 May 2026 despite the rules: CEO call");
    }

    @ParameterizedTest(name = "until {0}, today {1} -> {2}")
    @CsvSource({
      "2026-05-10, 2026-05-10, CLEAR",
      "2026-05-10, 2026-05-11, ON_HOLD",
      "2026-05-20, 2026-05-20, CLEAR",
      "2026-05-20, 2026-05-21, ON_HOLD",
    })
    void appliesUpToAndIncludingItsLastDay(LocalDate until, LocalDate today, CreditStatus status) {
      PolicyOutcome decision =
          evaluate(AccountCredit.of(pastDue).withOverride(override(until.toString())), today);

      assertThat(decision.status()).isEqualTo(status);
    }

    @Test
    void expiresAtTheStartOfTheDayAfterItsLastDay() {
      PolicyOutcome decision =
          evaluate(AccountCredit.of(pastDue).withOverride(override("2026-05-20")), TODAY);

      assertThat(decision.nextTimeDrivenChange()).isEqualTo(Instant.parse("2026-05-21T00:00:00Z"));
    }

    @Test
    void winsOverAManualHold() {
      PolicyOutcome decision =
          evaluate(
              AccountCredit.of(pastDue)
                  .withOverride(override("2026-05-20"))
                  .withManualHold(new ManualHold("Carla Credit", "fraud check")),
              TODAY);

      assertThat(decision.status()).isEqualTo(CreditStatus.CLEAR);
      assertThat(codes(decision)).isEqualTo(codes("PAST_DUE, OVERRIDE, MANUAL_HOLD"));
    }
  }

  @Nested
  class ManualHolds {

    @Test
    void holdsAClearAccountWithoutACureAmount() {
      PolicyOutcome decision =
          evaluate(
              AccountCredit.of(ledger("10000.00", "0"))
                  .withManualHold(new ManualHold("Carla Credit", "bankruptcy filing")),
              TODAY);

      assertThat(decision.status()).isEqualTo(CreditStatus.ON_HOLD);
      assertThat(codes(decision)).isEqualTo(codes("MANUAL_HOLD"));
      assertThat(decision.cureAmount()).isNull();
      assertThat(decision.projectedHoldOn()).isNull();
      assertThat(decision.reasons().get(0).message())
          .isEqualTo("Credit hold placed by hand by Carla Credit: bankruptcy filing");
    }

    @Test
    void listsTheRulesThatFireAndTheirCure() {
      PolicyOutcome decision =
          evaluate(
              AccountCredit.of(ledger("10000.00", "0", invoice("A", "300.00", "2026-03-15")))
                  .withManualHold(new ManualHold("Carla Credit", "bankruptcy filing")),
              TODAY);

      assertThat(codes(decision)).isEqualTo(codes("PAST_DUE_SOON, MANUAL_HOLD"));
      assertThat(decision.cureAmount()).isEqualTo(new BigDecimal("300.00"));
    }
  }

  @Nested
  class Promises {

    private final AccountLedger pastDue =
        ledger("10000.00", "0", invoice("A", "500.00", "2026-03-01"));

    @Test
    void defersAPastDueHoldWhileActive() {
      PolicyOutcome decision =
          evaluate(
              AccountCredit.of(pastDue).withPromise(promise("500.00", "2026-05-15", "0")), TODAY);

      assertThat(decision.status()).isEqualTo(CreditStatus.APPROACHING);
      assertThat(codes(decision)).isEqualTo(codes("PAST_DUE, PROMISE_TO_PAY"));
      assertThat(decision.promiseState()).isEqualTo(PromiseState.ACTIVE);
      assertThat(decision.projectedHoldOn()).isEqualTo(date("2026-05-18"));
      assertThat(decision.cureAmount()).isEqualTo(new BigDecimal("500.00"));
      assertThat(decision.nextTimeDrivenChange()).isEqualTo(Instant.parse("2026-05-18T00:00:00Z"));
      assertThat(decision.reasons().get(1).message())
          .isEqualTo(
              "Paula Sales recorded a promise to pay 500.00 EUR by 15 May 2026 (0.00 EUR received"
                  + " so far); no hold for past-due invoices until 18 May 2026 unless it is"
                  + " broken.");
    }

    @ParameterizedTest(name = "promised {0}, today {1} -> {2} {3}")
    @CsvSource({
      "2026-05-10, 2026-05-12, APPROACHING, ACTIVE",
      "2026-05-10, 2026-05-13, ON_HOLD,     BROKEN",
      "2026-05-08, 2026-05-10, APPROACHING, ACTIVE",
      "2026-05-07, 2026-05-10, ON_HOLD,     BROKEN",
    })
    void breaksWhenTheGracePeriodEndsUnkept(
        LocalDate promisedOn, LocalDate today, CreditStatus status, PromiseState state) {
      PolicyOutcome decision =
          evaluate(
              AccountCredit.of(pastDue).withPromise(promise("500.00", promisedOn.toString(), "0")),
              today);

      assertThat(decision.status()).isEqualTo(status);
      assertThat(decision.promiseState()).isEqualTo(state);
      if (state == PromiseState.BROKEN) {
        assertThat(codes(decision)).isEqualTo(codes("PAST_DUE, PROMISE_BROKEN"));
      }
    }

    @ParameterizedTest(name = "paid {0} of 500.00 -> {1}")
    @CsvSource({"499.99, ACTIVE", "500.00, KEPT", "800.00, KEPT"})
    void isKeptOncePaymentsSinceRecordingReachTheAmount(String paid, PromiseState state) {
      PolicyOutcome decision =
          evaluate(
              AccountCredit.of(pastDue).withPromise(promise("500.00", "2026-05-15", paid)), TODAY);

      assertThat(decision.promiseState()).isEqualTo(state);
    }

    @Test
    void doesNotDeferAHoldForTheCreditLimit() {
      AccountLedger overLimit =
          ledger(
              "1000.00",
              "0",
              invoice("A", "500.00", "2026-03-01"),
              invoice("B", "900", "2026-07-01"));

      PolicyOutcome decision =
          evaluate(
              AccountCredit.of(overLimit).withPromise(promise("500.00", "2026-05-15", "0")), TODAY);

      assertThat(decision.status()).isEqualTo(CreditStatus.ON_HOLD);
      assertThat(codes(decision))
          .isEqualTo(codes("PAST_DUE, CREDIT_LIMIT_EXCEEDED, PROMISE_TO_PAY"));
    }

    @Test
    void staysBrokenOnceRecordedBroken() {
      PromiseToPay broken =
          new PromiseToPay(
              "p-1",
              new BigDecimal("500.00"),
              date("2026-05-15"),
              new BigDecimal("600"),
              "Paula",
              true);

      assertThat(evaluate(AccountCredit.of(pastDue).withPromise(broken), TODAY).promiseState())
          .isEqualTo(PromiseState.BROKEN);
    }
  }

  private PolicyOutcome evaluate(AccountLedger ledger) {
    return evaluate(ledger, PolicySettings.DEFAULTS);
  }

  private PolicyOutcome evaluate(AccountLedger ledger, PolicySettings settings) {
    return policy.evaluate(AccountCredit.of(ledger), settings, TODAY);
  }

  private PolicyOutcome evaluate(AccountCredit credit, LocalDate today) {
    return policy.evaluate(credit, PolicySettings.DEFAULTS, today);
  }

  private static AccountLedger ledger(String limit, String unapplied, OpenInvoice... invoices) {
    return new AccountLedger(
        "EUR",
        limit == null ? null : new BigDecimal(limit),
        new BigDecimal(unapplied),
        List.of(invoices));
  }

  private static OpenInvoice invoice(String id, String amount, String dueOn) {
    return new OpenInvoice(id, new BigDecimal(amount), date(dueOn), false);
  }

  private static CreditOverride override(String until) {
    return new CreditOverride("Carla Credit", "CEO call", date(until));
  }

  private static PromiseToPay promise(String amount, String promisedOn, String paid) {
    return new PromiseToPay(
        "p-1",
        new BigDecimal(amount),
        date(promisedOn),
        new BigDecimal(paid),
        "Paula Sales",
        false);
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
