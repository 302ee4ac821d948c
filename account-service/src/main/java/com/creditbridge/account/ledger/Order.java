package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * An order the customer placed and what of it is not invoiced yet. Open orders are exposure the
 * customer has committed to, but never past due: they are kept apart from invoices.
 *
 * @param openAmount the amount less what invoices naming the order took, never below zero; zero
 *     once cancelled
 * @param invoicedAmount the sum of the invoices naming the order (may exceed the amount: an order
 *     can be invoiced for more than was ordered)
 */
public record Order(
    String orderId,
    BigDecimal amount,
    BigDecimal openAmount,
    BigDecimal invoicedAmount,
    LocalDate placedOn,
    boolean cancelled) {

  /** The order of the orders list and of the snapshot: oldest placed first, ties by id. */
  public static final Comparator<Order> OLDEST_FIRST =
      Comparator.comparing(Order::placedOn).thenComparing(Order::orderId);

  /** A newly placed order: nothing invoiced. */
  public static Order placed(String orderId, BigDecimal amount, LocalDate placedOn) {
    return new Order(orderId, amount, amount, amount.subtract(amount), placedOn, false);
  }

  /** Placed, not cancelled and not fully invoiced. */
  public boolean isOpen() {
    return !cancelled && openAmount.signum() > 0;
  }

  public OrderStatus status() {
    return cancelled ? OrderStatus.CANCELLED : isOpen() ? OrderStatus.OPEN : OrderStatus.INVOICED;
  }

  /** An invoice naming the order takes its amount off what is open, down to zero. */
  Order invoiced(BigDecimal invoiceAmount) {
    BigDecimal invoiced = invoicedAmount.add(invoiceAmount);
    BigDecimal open = cancelled ? openAmount : amount.subtract(invoiced).max(zero());
    return new Order(orderId, amount, open, invoiced, placedOn, cancelled);
  }

  /** Nothing is open on a cancelled order. */
  Order cancelledNow() {
    return new Order(orderId, amount, zero(), invoicedAmount, placedOn, true);
  }

  private BigDecimal zero() {
    return BigDecimal.ZERO.setScale(amount.scale());
  }
}
