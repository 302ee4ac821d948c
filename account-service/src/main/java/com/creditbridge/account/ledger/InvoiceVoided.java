package com.creditbridge.account.ledger;

import java.time.Instant;

/** {@code invoice.voided}: the invoice is no longer owed; what was applied to it is released. */
public record InvoiceVoided(String eventId, String accountId, Instant occurredAt, String invoiceId)
    implements LedgerEvent {

  @Override
  public LedgerEventType type() {
    return LedgerEventType.INVOICE_VOIDED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.invoiceVoided(this);
  }

  /** Undoes allocations: the store loads every allocation it touches first. */
  @Override
  public boolean unwindsAllocations() {
    return true;
  }

  @Override
  public String invoiceRef() {
    return invoiceId;
  }
}
