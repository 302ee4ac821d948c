package com.creditbridge.account.ledger;

import static com.creditbridge.account.ledger.Events.MAR_1;
import static com.creditbridge.account.ledger.Events.bookAfter;
import static com.creditbridge.account.ledger.Events.invoice;
import static com.creditbridge.account.ledger.Events.money;
import static com.creditbridge.account.ledger.Events.payment;
import static com.creditbridge.account.ledger.Events.reversal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When each invoice became fully paid: what payment behaviour is read from. */
class AccountBookPaidOnTest {

  private static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);

  @Test
  void anInvoiceIsPaidOnTheReceivedOnOfThePaymentThatClearsIt() {
    AccountBook book =
        bookAfter(
            invoice("I1", "100", APR_1), payment("P1", "60", null), payment("P2", "40", null));

    assertThat(invoiceNow(book, "I1").paidOn()).isEqualTo(MAR_1);
  }

  @Test
  void aPartlyPaidInvoiceHasNoPaidDayAndAReversalClearsIt() {
    AccountBook book =
        bookAfter(invoice("I1", "100", APR_1), invoice("I2", "100", APR_1.plusDays(1)));
    book.apply(payment("P1", "150", null));
    assertThat(invoiceNow(book, "I1").paidOn()).isEqualTo(MAR_1);
    assertThat(invoiceNow(book, "I2").paidOn()).isNull();

    book.apply(reversal("P1"));

    assertThat(invoiceNow(book, "I1").paidOn()).isNull();
  }

  @Test
  void aCreditNoteClearingAnInvoicePaysItOnTheDayItOccurredOrElseWasAccepted() {
    AccountBook book = bookAfter(invoice("I1", "100", APR_1), invoice("I2", "100", APR_1));
    book.acceptedOn(APR_1.plusDays(9));
    book.apply(
        new CreditNoteIssued(
            "cn-1",
            Events.ACCOUNT,
            Instant.parse("2026-04-05T23:00:00Z"),
            "CN1",
            money("100"),
            Events.USD,
            "I1"));
    book.apply(
        new CreditNoteIssued("cn-2", Events.ACCOUNT, null, "CN2", money("100"), Events.USD, "I2"));

    assertThat(invoiceNow(book, "I1").paidOn()).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(invoiceNow(book, "I2").paidOn()).isEqualTo(APR_1.plusDays(9));
  }

  private static Invoice invoiceNow(AccountBook book, String invoiceId) {
    return book.state().invoices().get(invoiceId);
  }
}
