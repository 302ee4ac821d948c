package com.creditbridge.account.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

  @Test
  void paymentWithoutInvoiceGoesToOldestDueInvoiceFirst() {
    Ledger ledger =
        ledgerOf(
            invoice("B", "300.00", MAR_1.plusDays(20)),
            invoice("A", "100.00", MAR_1),
            invoice("C", "500.00", MAR_1.plusDays(40)));

    Posting posting = ledger.receive(CreditRef.payment("P1"), money("350.00"), null);

    assertThat(posting.allocations())
        .containsExactly(
            new Allocation(CreditRef.payment("P1"), "A", money("100.00")),
            new Allocation(CreditRef.payment("P1"), "B", money("250.00")));
    assertThat(openAmounts(posting.ledger())).containsExactly("B=50.00", "C=500.00");
    assertThat(posting.ledger().unappliedCredit()).isEqualByComparingTo("0");
  }

  @Test
  void invoicesDueTheSameDayArePaidInInvoiceIdOrder() {
    Ledger ledger = ledgerOf(invoice("INV-2", "100.00", MAR_1), invoice("INV-1", "100.00", MAR_1));

    Posting posting = ledger.receive(CreditRef.payment("P1"), money("100.00"), null);

    assertThat(posting.allocations()).extracting(Allocation::invoiceId).containsExactly("INV-1");
  }

  @Test
  void paymentNamingAnInvoiceGoesToItFirstThenOldestFirst() {
    Ledger ledger =
        ledgerOf(invoice("OLD", "100.00", MAR_1), invoice("NEW", "200.00", MAR_1.plusDays(30)));

    Posting posting = ledger.receive(CreditRef.payment("P1"), money("250.00"), "NEW");

    assertThat(posting.allocations())
        .containsExactly(
            new Allocation(CreditRef.payment("P1"), "NEW", money("200.00")),
            new Allocation(CreditRef.payment("P1"), "OLD", money("50.00")));
  }

  @Test
  void paymentNamingAnInvoiceAlreadyPaidGoesOldestFirst() {
    Ledger ledger = ledgerOf(invoice("OPEN", "100.00", MAR_1));

    Posting posting = ledger.receive(CreditRef.payment("P1"), money("40.00"), "PAID");

    assertThat(posting.allocations())
        .containsExactly(new Allocation(CreditRef.payment("P1"), "OPEN", money("40.00")));
  }

  @Test
  void disputedInvoicesAreSkippedUnlessThePaymentNamesThem() {
    Invoice disputed =
        new Invoice("D", money("100.00"), money("100.00"), MAR_1, MAR_1, /* disputed */ true);
    Ledger ledger = ledgerOf(disputed, invoice("U", "100.00", MAR_1.plusDays(10)));

    Posting unnamed = ledger.receive(CreditRef.payment("P1"), money("150.00"), null);
    Posting named = ledger.receive(CreditRef.payment("P2"), money("60.00"), "D");

    assertThat(unnamed.allocations()).extracting(Allocation::invoiceId).containsExactly("U");
    assertThat(unnamed.ledger().unappliedCredit()).isEqualByComparingTo("50.00");
    assertThat(named.allocations()).extracting(Allocation::invoiceId).containsExactly("D");
  }

  @Test
  void whatNoInvoiceCanTakeStaysUnappliedCredit() {
    Ledger ledger = ledgerOf(invoice("A", "100.00", MAR_1));

    Posting posting = ledger.receive(CreditRef.payment("P1"), money("130.00"), null);

    assertThat(posting.ledger().openInvoices()).isEmpty();
    assertThat(posting.ledger().credits())
        .containsExactly(new Credit(CreditRef.payment("P1"), money("30.00")));
  }

  @Test
  void paymentWithNoOpenInvoiceIsAllUnappliedCredit() {
    Posting posting = Ledger.empty().receive(CreditRef.payment("P1"), money("75.00"), null);

    assertThat(posting.allocations()).isEmpty();
    assertThat(posting.ledger().unappliedCredit()).isEqualByComparingTo("75.00");
  }

  @Test
  void issuedInvoiceAbsorbsUnappliedCreditOldestCreditFirst() {
    Ledger ledger =
        Ledger.empty()
            .receive(CreditRef.payment("P1"), money("30.00"), null)
            .ledger()
            .receive(CreditRef.payment("P2"), money("50.00"), null)
            .ledger();

    Posting posting = ledger.issue(invoice("A", "60.00", MAR_1));

    assertThat(posting.allocations())
        .containsExactly(
            new Allocation(CreditRef.payment("P1"), "A", money("30.00")),
            new Allocation(CreditRef.payment("P2"), "A", money("30.00")));
    assertThat(posting.ledger().openInvoices()).isEmpty();
    assertThat(posting.ledger().credits())
        .containsExactly(new Credit(CreditRef.payment("P2"), money("20.00")));
  }

  @Test
  void issuedInvoiceStaysFullyOpenWithoutCredit() {
    Posting posting = Ledger.empty().issue(invoice("A", "60.00", MAR_1));

    assertThat(posting.allocations()).isEmpty();
    assertThat(openAmounts(posting.ledger())).containsExactly("A=60.00");
  }

  @Test
  void refusesAnInvoiceAlreadyOpen() {
    Ledger ledger = ledgerOf(invoice("A", "60.00", MAR_1));

    assertThatThrownBy(() -> ledger.issue(invoice("A", "60.00", MAR_1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allocatesExactlyWithoutRounding() {
    Ledger ledger = ledgerOf(invoice("A", "0.10", MAR_1), invoice("B", "0.20", MAR_1.plusDays(1)));

    Posting posting = ledger.receive(CreditRef.payment("P1"), money("0.30"), null);

    assertThat(posting.ledger().openInvoices()).isEmpty();
    assertThat(posting.ledger().credits()).isEmpty();
  }

  private static Ledger ledgerOf(Invoice... invoices) {
    return new Ledger(List.of(invoices), List.of());
  }

  private static Invoice invoice(String id, String amount, LocalDate dueOn) {
    return Invoice.issued(id, money(amount), dueOn.minusDays(30), dueOn);
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  private static List<String> openAmounts(Ledger ledger) {
    return ledger.openInvoices().stream()
        .map(i -> i.invoiceId() + "=" + i.openAmount().toPlainString())
        .toList();
  }
}
