package com.creditbridge.account.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSnapshotTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

  @Test
  void agesOpenAmountsByDaysPastDueAtTheBucketBoundaries() {
    Fixture ledger =
        ledgerOf(
            due("future", "1", -5),
            due("today", "2", 0),
            due("d1", "4", 1),
            due("d30", "8", 30),
            due("d31", "16", 31),
            due("d60", "32", 60),
            due("d61", "64", 61),
            due("d90", "128", 90),
            due("d91", "256", 91));

    AccountSnapshot snapshot = snapshotOf(account("USD", null), ledger);

    assertThat(snapshot.aging())
        .isEqualTo(
            new AgingBuckets(
                money("3.00"), money("12.00"), money("48.00"), money("192.00"), money("256.00")));
    assertThat(snapshot.pastDue()).isEqualTo(money("508.00"));
    assertThat(snapshot.openInvoiceCount()).isEqualTo(9);
  }

  @Test
  void exposureIsOpenAmountsLessUnappliedCreditIncludingDisputedInvoices() {
    Invoice disputed = new Invoice("D", money("40.00"), money("40.00"), TODAY, TODAY, true, false);
    Fixture ledger = new Fixture(List.of(due("A", "100", 3), disputed), money("25.00"));

    AccountSnapshot snapshot = snapshotOf(account("USD", "1000"), ledger);

    assertThat(snapshot.exposure()).isEqualTo(money("115.00"));
    assertThat(snapshot.unappliedCredit()).isEqualTo(money("25.00"));
  }

  @Test
  void exposureIsFlooredAtZeroWhenCreditExceedsWhatIsOpen() {
    Fixture ledger =
        new Fixture(
            List.of(
                new Invoice(
                    "D", money("40.00"), money("40.00"), TODAY, TODAY, /* disputed */ true, false)),
            money("100.00"));

    AccountSnapshot snapshot = snapshotOf(account("USD", null), ledger);

    assertThat(snapshot.exposure()).isEqualTo(money("0.00"));
    assertThat(snapshot.unappliedCredit()).isEqualTo(money("100.00"));
  }

  @Test
  void reportsMoneyAtTheCurrencyScale() {
    AccountSnapshot yen = snapshotOf(account("JPY", "5000"), ledgerOf());
    AccountSnapshot dinar = snapshotOf(account("BHD", null), ledgerOf(due("A", "1.5", 1)));

    assertThat(yen.exposure().toPlainString()).isEqualTo("0");
    assertThat(yen.creditLimit().toPlainString()).isEqualTo("5000");
    assertThat(dinar.pastDue().toPlainString()).isEqualTo("1.500");
    assertThat(dinar.openItems().get(0).openAmount().toPlainString()).isEqualTo("1.500");
  }

  @Test
  void listsOpenItemsOldestDueFirstWithDisputes() {
    Fixture ledger =
        ledgerOf(
            due("late", "10", -3),
            new Invoice("D", money("5"), money("5"), TODAY, TODAY, true, false));

    AccountSnapshot snapshot = snapshotOf(account("USD", null), ledger);

    assertThat(snapshot.openItems())
        .extracting(Invoice::invoiceId, Invoice::disputed)
        .containsExactly(tuple("D", true), tuple("late", false));
  }

  @Test
  void noLimitStaysNull() {
    assertThat(snapshotOf(account("USD", null), ledgerOf()).creditLimit()).isNull();
  }

  private static Account account(String currency, String limit) {
    return new Account(
        "ACME",
        new AccountProfile(
            "Acme",
            Currency.getInstance(currency),
            limit == null ? null : new BigDecimal(limit),
            new Person("rep-1", "Ana", "ana@example.com"),
            null,
            null,
            null),
        7);
  }

  /** Open invoices and unapplied credit. */
  private record Fixture(List<Invoice> open, BigDecimal unapplied) {}

  private static Fixture ledgerOf(Invoice... invoices) {
    return new Fixture(List.of(invoices), BigDecimal.ZERO);
  }

  private static AccountSnapshot snapshotOf(Account account, Fixture ledger) {
    return AccountSnapshot.of(account, ledger.open(), ledger.unapplied(), BigDecimal.ZERO, TODAY);
  }

  private static Invoice due(String id, String amount, int daysPastDue) {
    LocalDate dueOn = TODAY.minusDays(daysPastDue);
    return Invoice.issued(id, new BigDecimal(amount), dueOn.minusDays(30), dueOn);
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }
}
