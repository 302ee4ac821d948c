package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * {@code invoice.issued}.
 *
 * @param orderId the order it bills, whose open amount it lowers; null when it names none
 */
public record InvoiceIssued(
    String eventId,
    String accountId,
    Instant occurredAt,
    String invoiceId,
    BigDecimal amount,
    Currency currency,
    LocalDate issuedOn,
    LocalDate dueOn,
    String orderId)
    implements LedgerEvent {

  /** An invoice that names no order. */
  public InvoiceIssued(
      String eventId,
      String accountId,
      Instant occurredAt,
      String invoiceId,
      BigDecimal amount,
      Currency currency,
      LocalDate issuedOn,
      LocalDate dueOn) {
    this(eventId, accountId, occurredAt, invoiceId, amount, currency, issuedOn, dueOn, null);
  }

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

  @Override
  public String orderRef() {
    return orderId;
  }

  public Invoice invoice() {
    return Invoice.issued(invoiceId, amount, issuedOn, dueOn, orderId);
  }

  /** Whether an invoice already in the ledger is the one this event issues (a resend). */
  public boolean sameInvoiceAs(Invoice existing) {
    return existing.amount().compareTo(amount) == 0
        && existing.issuedOn().equals(issuedOn)
        && existing.dueOn().equals(dueOn)
        && Objects.equals(existing.orderId(), orderId);
  }
}
