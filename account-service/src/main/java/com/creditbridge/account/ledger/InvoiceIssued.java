package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/** {@code invoice.issued}. */
public record InvoiceIssued(
    String eventId,
    String accountId,
    Instant occurredAt,
    String invoiceId,
    BigDecimal amount,
    Currency currency,
    LocalDate issuedOn,
    LocalDate dueOn)
    implements LedgerEvent {

  @Override
  public LedgerEventType type() {
    return LedgerEventType.INVOICE_ISSUED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.invoiceIssued(this);
  }

  @Override
  public String invoiceRef() {
    return invoiceId;
  }

  public Invoice invoice() {
    return Invoice.issued(invoiceId, amount, issuedOn, dueOn);
  }

  /** Whether an invoice already in the ledger is the one this event issues (a resend). */
  public boolean sameInvoiceAs(Invoice existing) {
    return existing.amount().compareTo(amount) == 0
        && existing.issuedOn().equals(issuedOn)
        && existing.dueOn().equals(dueOn);
  }
}
