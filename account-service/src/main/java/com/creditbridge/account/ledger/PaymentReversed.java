package com.creditbridge.account.ledger;

import java.time.Instant;

/** {@code payment.reversed}: the payment's allocations are undone and its invoices reopen. */
public record PaymentReversed(
    String eventId, String accountId, Instant occurredAt, String paymentId) implements LedgerEvent {

  @Override
  public LedgerEventType type() {
    return LedgerEventType.PAYMENT_REVERSED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.paymentReversed(this);
  }

  /** Undoes allocations: the store loads every allocation it touches first. */
  @Override
  public boolean unwindsAllocations() {
    return true;
  }

  @Override
  public CreditRef creditRef() {
    return CreditRef.payment(paymentId);
  }
}
