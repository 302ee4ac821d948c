package com.creditbridge.account.ledger;

import java.time.Instant;

/** {@code order.cancelled}: nothing of the order stays open. */
public record OrderCancelled(String eventId, String accountId, Instant occurredAt, String orderId)
    implements LedgerEvent {

  @Override
  public LedgerEventType type() {
    return LedgerEventType.ORDER_CANCELLED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.orderCancelled(this);
  }

  @Override
  public String orderRef() {
    return orderId;
  }
}
