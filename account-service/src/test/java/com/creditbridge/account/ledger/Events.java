package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicLong;

/** Test data: validated ledger events for one USD account, each with a fresh event id. */
final class Events {

  static final String ACCOUNT = "ACME";
  static final Currency USD = Currency.getInstance("USD");
  static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

  private static final AtomicLong ids = new AtomicLong();

  private Events() {}

  private static String eventId() {
    return "e-" + ids.incrementAndGet();
  }

  static AccountUpserted upserted() {
    return new AccountUpserted(
        eventId(),
        ACCOUNT,
        null,
        new AccountProfile(
            "Acme", USD, null, new Person("rep-1", "Ana", "ana@example.com"), null, null, null));
  }

  static InvoiceIssued invoice(String invoiceId, String amount, LocalDate dueOn) {
    return new InvoiceIssued(
        eventId(), ACCOUNT, null, invoiceId, money(amount), USD, dueOn.minusDays(30), dueOn);
  }

  static InvoiceIssued invoiceForOrder(
      String invoiceId, String amount, LocalDate dueOn, String orderId) {
    return new InvoiceIssued(
        eventId(),
        ACCOUNT,
        null,
        invoiceId,
        money(amount),
        USD,
        dueOn.minusDays(30),
        dueOn,
        orderId);
  }

  static OrderPlaced order(String orderId, String amount, LocalDate placedOn) {
    return new OrderPlaced(eventId(), ACCOUNT, null, orderId, money(amount), USD, placedOn);
  }

  static OrderCancelled cancelled(String orderId) {
    return new OrderCancelled(eventId(), ACCOUNT, null, orderId);
  }

  static PaymentReceived payment(String paymentId, String amount, String invoiceId) {
    return new PaymentReceived(
        eventId(), ACCOUNT, null, paymentId, money(amount), USD, MAR_1, invoiceId);
  }

  static CreditNoteIssued creditNote(String creditNoteId, String amount, String invoiceId) {
    return new CreditNoteIssued(
        eventId(), ACCOUNT, null, creditNoteId, money(amount), USD, invoiceId);
  }

  static PaymentReversed reversal(String paymentId) {
    return new PaymentReversed(eventId(), ACCOUNT, null, paymentId);
  }

  static InvoiceVoided voided(String invoiceId) {
    return new InvoiceVoided(eventId(), ACCOUNT, null, invoiceId);
  }

  static InvoiceDisputed disputed(String invoiceId) {
    return new InvoiceDisputed(eventId(), ACCOUNT, null, invoiceId, "wrong quantity");
  }

  static InvoiceDisputeResolved resolved(String invoiceId) {
    return new InvoiceDisputeResolved(eventId(), ACCOUNT, null, invoiceId);
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount).setScale(2);
  }

  /** A book of a new account after applying {@code events}, all of which must apply. */
  static AccountBook bookAfter(LedgerEvent... events) {
    AccountBook book = AccountBook.absent(ACCOUNT);
    book.apply(upserted());
    for (LedgerEvent event : events) {
      Decision decision = book.apply(event);
      if (!(decision instanceof Decision.Applied)) {
        throw new AssertionError(event + " gave " + decision);
      }
    }
    return book;
  }
}
