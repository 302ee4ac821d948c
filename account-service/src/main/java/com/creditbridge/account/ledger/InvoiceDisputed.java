package com.creditbridge.account.ledger;

import java.time.Instant;

/** {@code invoice.disputed}: out of automatic allocation, still in exposure. */
public record InvoiceDisputed(
    String eventId, String accountId, Instant occurredAt, String invoiceId, String reason)
    implements LedgerEvent {

  @Override
  public LedgerEventType type() {
    return LedgerEventType.INVOICE_DISPUTED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.invoiceDisputed(this);
  }

  @Override
  public String invoiceRef() {
    return invoiceId;
  }
}
