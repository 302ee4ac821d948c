package com.creditbridge.hold.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CreditStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Orders in exposure and credit groups, second wave of credit-policy.md: the worked example (limit
 * 10,000.00, group limit 25,000.00) and the boundaries around it.
 */
class OrdersAndCreditGroupsTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-05-10");
  private final CreditPolicy policy = new CreditPolicy();

  @Nested
  class OpenOrders {

    @Test
    void countsAnOpenOrderTowardExposureButNeverTowardPastDue() {
      AccountLedger ledger =
          ledger("10000.00", invoice("A", "1000.00", "2026-03-01"), order("O1", "8500.00", TODAY));

      PolicyOutcome decision = policy.evaluate(AccountCredit.of(ledger), defaults(), TODAY);

      assertThat(decision.exposure()).isEqualByComparingTo("9500.00");
      assertThat(codes(decision))
          .containsExactly(ReasonCode.PAST_DUE, ReasonCode.CREDIT_LIMIT_NEAR);
      assertThat(decision.reasons().get(0).amount()).isEqualByComparingTo("1000.00");
    }

    @ParameterizedTest(name = "placed {0} days ago with openOrderDays 90 -> exposure {1}")
    @CsvSource({"0, 9500.00", "89, 9500.00", "90, 9500.00", "91, 0.00"})
    void stopsCountingAnOrderOlderThanOpenOrderDays(int daysAgo, String exposure) {
      AccountLedger ledger = ledger("10000.00", order("O1", "9500.00", TODAY.minusDays(daysAgo)));

      PolicyOutcome decision = policy.evaluate(AccountCredit.of(ledger), defaults(), TODAY);

      assertThat(decision.exposure()).isEqualByComparingTo(exposure);
    }

    @Test
    void theDayAnOrderStopsCountingIsTheNextTimeDrivenChange() {
      AccountLedger ledger =
          ledger("10000.00", order("O1", "9500.00", LocalDate.parse("2026-05-01")));

      PolicyOutcome decision = policy.evaluate(AccountCredit.of(ledger), defaults(), TODAY);

      assertThat(decision.status()).isEqualTo(CreditStatus.APPROACHING);
      // placed 1 May, counted 90 days, to 30 July: from 31 July the account is clear
      assertThat(decision.nextTimeDrivenChange()).isEqualTo(Instant.parse("2026-07-31T00:00:00Z"));
      PolicyOutcome then =
          policy.evaluate(AccountCredit.of(ledger), defaults(), LocalDate.parse("2026-07-31"));
      assertThat(then.status()).isEqualTo(CreditStatus.CLEAR);
      assertThat(then.exposure()).isEqualByComparingTo("0.00");
    }

    @Test
    void anOrderFullyInvoicedOrWithNothingOpenCountsNothing() {
      AccountLedger ledger = ledger("10000.00", order("O1", "0.00", TODAY));

      assertThat(policy.evaluate(AccountCredit.of(ledger), defaults(), TODAY).exposure())
          .isEqualByComparingTo("0.00");
    }

    @Test
    void unappliedCreditLowersExposureIncludingOrders() {
      AccountLedger ledger =
          new AccountLedger(
              "EUR",
              new BigDecimal("10000.00"),
              new BigDecimal("600.00"),
              List.of(invoice("A", "6000.00", "2026-06-30")),
              List.of(order("O1", "1500.00", TODAY)));

      assertThat(policy.evaluate(AccountCredit.of(ledger), defaults(), TODAY).exposure())
          .isEqualByComparingTo("6900.00");
    }
  }

  @Nested
  class CreditGroups {

    @Test
    void workedExampleAcmeAloneIsClearWhileTheGroupIsAt86Percent() {
      PolicyOutcome acmeNow = policy.evaluate(acme(beta("14000.00")), defaults(), TODAY);

      assertThat(acmeNow.status()).isEqualTo(CreditStatus.CLEAR);
      assertThat(acmeNow.exposure()).isEqualByComparingTo("7500.00");
      assertThat(acmeNow.groupExposure()).isEqualByComparingTo("21500.00");
      assertThat(acmeNow.reasons()).isEmpty();
    }

    @Test
    void workedExampleBetaInvoicedTwoThousandMorePutsBothMembersApproaching() {
      AccountCredit acme = acme(beta("16000.00"));
      AccountCredit beta = AccountCredit.of(beta("16000.00")).withGroup(group(acmeLedger()));

      for (AccountCredit member : List.of(acme, beta)) {
        PolicyOutcome decision = policy.evaluate(member, defaults(), TODAY);
        assertThat(decision.status()).isEqualTo(CreditStatus.APPROACHING);
        assertThat(codes(decision)).containsExactly(ReasonCode.GROUP_LIMIT_NEAR);
        assertThat(decision.groupExposure()).isEqualByComparingTo("23500.00");
        assertThat(decision.cureAmount()).isEqualByComparingTo("1000.00");
      }
      assertThat(policy.evaluate(acme, defaults(), TODAY).reasons().get(0).message())
          .isEqualTo(
              "The credit group ACME Holding (2 accounts) has an exposure of 23,500.00 EUR, above"
                  + " 22,500.00 EUR (90% of the group's 25,000.00 EUR limit); every account of the"
                  + " group goes to credit hold above 25,000.00 EUR.");
    }

    @ParameterizedTest(name = "group exposure {0} of 25,000.00 -> {1} {2}")
    @CsvSource({
      "22500.00, CLEAR,       ''",
      "22500.01, APPROACHING, GROUP_LIMIT_NEAR",
      "25000.00, APPROACHING, GROUP_LIMIT_NEAR",
      "25000.01, ON_HOLD,     GROUP_LIMIT_EXCEEDED",
    })
    void comparesTheGroupsExposureWithItsLimitTimesTheRatios(
        String groupExposure, CreditStatus status, String code) {
      // ACME's own 7,500.00 stays under its limit; BETA carries the rest
      BigDecimal betaExposure = new BigDecimal(groupExposure).subtract(new BigDecimal("7500.00"));
      PolicyOutcome decision =
          policy.evaluate(acme(beta(betaExposure.toPlainString())), defaults(), TODAY);

      assertThat(decision.status()).isEqualTo(status);
      assertThat(codes(decision))
          .containsExactlyElementsOf(
              code.isEmpty() ? List.of() : List.of(ReasonCode.valueOf(code)));
    }

    @Test
    void aPromiseDoesNotDeferAGroupHold() {
      AccountLedger acmePastDue = ledger("10000.00", invoice("A", "1000.00", "2026-03-01"));
      PromiseToPay promise =
          new PromiseToPay(
              "p1",
              new BigDecimal("1000.00"),
              TODAY.plusDays(5),
              BigDecimal.ZERO,
              "rita@example.com",
              false);
      AccountCredit acme =
          AccountCredit.of(acmePastDue).withPromise(promise).withGroup(group(beta("24500.00")));

      PolicyOutcome decision = policy.evaluate(acme, defaults(), TODAY);

      assertThat(decision.status()).isEqualTo(CreditStatus.ON_HOLD);
      assertThat(codes(decision))
          .containsExactly(
              ReasonCode.PAST_DUE, ReasonCode.GROUP_LIMIT_EXCEEDED, ReasonCode.PROMISE_TO_PAY);
    }

    @Test
    void theGroupLimitRulesSitBesideTheAccountsOwnInTheOrderOfReasons() {
      AccountCredit acme =
          AccountCredit.of(ledger("10000.00", invoice("A", "9500.00", "2026-06-30")))
              .withGroup(group(beta("16000.00")));

      assertThat(codes(policy.evaluate(acme, defaults(), TODAY)))
          .containsExactly(ReasonCode.GROUP_LIMIT_EXCEEDED, ReasonCode.CREDIT_LIMIT_NEAR);
    }

    @Test
    void anotherMembersOrderAgeingOutIsATimeDrivenChange() {
      AccountLedger betaWithOrder =
          new AccountLedger(
              "EUR",
              null,
              BigDecimal.ZERO,
              List.of(invoice("B1", "14000.00", "2026-06-30")),
              List.of(order("BO", "2000.00", LocalDate.parse("2026-05-01"))));
      AccountCredit acme = AccountCredit.of(acmeLedger()).withGroup(group(betaWithOrder));

      PolicyOutcome decision = policy.evaluate(acme, defaults(), TODAY);

      assertThat(decision.status()).isEqualTo(CreditStatus.APPROACHING);
      assertThat(decision.nextTimeDrivenChange()).isEqualTo(Instant.parse("2026-07-31T00:00:00Z"));
    }
  }

  static AccountCredit acme(AccountLedger beta) {
    return AccountCredit.of(acmeLedger()).withGroup(group(beta));
  }

  /**
   * ACME: open invoices 6,000.00 (none past due) and an open order of 1,500.00, limit 10,000.00.
   */
  static AccountLedger acmeLedger() {
    return new AccountLedger(
        "EUR",
        new BigDecimal("10000.00"),
        BigDecimal.ZERO,
        List.of(invoice("A1", "6000.00", "2026-06-30")),
        List.of(order("AO", "1500.00", TODAY)));
  }

  /** BETA: no own limit, its whole exposure in one invoice not yet due. */
  static AccountLedger beta(String exposure) {
    return new AccountLedger(
        "EUR", null, BigDecimal.ZERO, List.of(invoice("B1", exposure, "2026-06-30")), List.of());
  }

  static CreditGroup group(AccountLedger otherMember) {
    return new CreditGroup(
        "acme-holding", "ACME Holding", new BigDecimal("25000.00"), List.of(otherMember));
  }

  static AccountLedger ledger(String limit, Object... items) {
    return new AccountLedger(
        "EUR",
        limit == null ? null : new BigDecimal(limit),
        BigDecimal.ZERO,
        java.util.Arrays.stream(items)
            .filter(OpenInvoice.class::isInstance)
            .map(OpenInvoice.class::cast)
            .toList(),
        java.util.Arrays.stream(items)
            .filter(OpenOrder.class::isInstance)
            .map(OpenOrder.class::cast)
            .toList());
  }

  static OpenInvoice invoice(String id, String amount, String dueOn) {
    return new OpenInvoice(id, new BigDecimal(amount), LocalDate.parse(dueOn), false);
  }

  static OpenOrder order(String id, String amount, LocalDate placedOn) {
    return new OpenOrder(id, new BigDecimal(amount), placedOn);
  }

  static PolicySettings defaults() {
    return PolicySettings.DEFAULTS;
  }

  static List<ReasonCode> codes(PolicyOutcome decision) {
    return decision.reasons().stream().map(CreditReason::code).toList();
  }
}
