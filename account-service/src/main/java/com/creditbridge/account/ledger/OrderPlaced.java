package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/** {@code order.placed}: an order the customer placed, open until invoiced or cancelled. */
public record OrderPlaced(
    String eventId,
    String accountId,
    Instant occurredAt,
    String orderId,
    BigDecimal amount,
    Currency currency,
    LocalDate placedOn)
    implements LedgerEvent {

  @Override
  public LedgerEventType type() {
    return LedgerEventType.ORDER_PLACED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.orderPlaced(this);
  }

  @Override
  public String orderRef() {
    return orderId;
  }

  public Order order() {
    return Order.placed(orderId, amount, placedOn);
  }
}
