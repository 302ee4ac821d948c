package com.creditbridge.account.ledger;

import java.time.Instant;

/** {@code invoice.dispute-resolved}: the invoice takes credit automatically again. */
public record InvoiceDisputeResolved(
    String eventId, String accountId, Instant occurredAt, String invoiceId) implements LedgerEvent {

  @Override
  public LedgerEventType type() {
    return LedgerEventType.INVOICE_DISPUTE_RESOLVED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.invoiceDisputeResolved(this);
  }

  @Override
  public String invoiceRef() {
    return invoiceId;
  }
}
