package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders of one account while a batch of its events is applied: which of them an event may
 * name, and what invoicing or cancelling does to them. Every change is reported to {@link
 * LedgerChanges}. Holds the open orders and the orders the batch names, as the store loads them.
 */
final class OrderBook {

  private final Map<String, Order> orders = new HashMap<>();
  private final LedgerChanges changes;

  OrderBook(LedgerChanges changes) {
    this.changes = changes;
  }

  /** What was loaded; not a change. */
  void load(Collection<Order> loaded) {
    loaded.forEach(o -> orders.put(o.orderId(), o));
  }

  /** Null when the order may be placed; an order id is placed once only. */
  Decision refusalToPlace(OrderPlaced event) {
    return orders.containsKey(event.orderId()) ? Refusals.orderPlacedBefore(event.orderId()) : null;
  }

  /** Null when the order exists and is not cancelled (what cancelling and invoicing need). */
  Decision refusalToName(String accountId, String orderId) {
    Order order = orders.get(orderId);
    if (order == null) {
      return Refusals.unknownOrder(accountId, orderId);
    }
    return order.cancelled() ? Refusals.orderCancelled(orderId) : null;
  }

  void place(Order order, String eventId) {
    update(order);
    changes.orderPlaced(order.orderId(), eventId);
  }

  void cancel(String orderId) {
    update(orders.get(orderId).cancelledNow());
  }

  /** An invoice naming the order lowers what is open on it, not below zero. */
  void invoice(String orderId, BigDecimal amount) {
    update(orders.get(orderId).invoiced(amount));
  }

  /** Open orders, oldest placed first. */
  List<Order> open() {
    return orders.values().stream().filter(Order::isOpen).sorted(Order.OLDEST_FIRST).toList();
  }

  private void update(Order order) {
    orders.put(order.orderId(), order);
    changes.orderChanged(order);
  }
}
