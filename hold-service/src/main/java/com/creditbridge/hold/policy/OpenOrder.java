package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An order of the account's ledger not yet fully invoiced or cancelled. It counts toward exposure,
 * never toward past due, and only for {@code openOrderDays} after it was placed: an order older
 * than that is most likely never going to ship, and keeping it would block the customer for
 * nothing.
 *
 * @param openAmount the order's amount less what has been invoiced against it, never below zero
 */
public record OpenOrder(String orderId, BigDecimal openAmount, LocalDate placedOn) {

  public OpenOrder {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(openAmount, "openAmount");
    Objects.requireNonNull(placedOn, "placedOn");
  }

  /** Counted on {@code day}: something left open and placed at most {@code openOrderDays} ago. */
  public boolean countsOn(LocalDate day, int openOrderDays) {
    return openAmount.signum() > 0 && !day.isAfter(lastCountedDay(openOrderDays));
  }

  /** The last day the order counts; the day after is a time-driven change. */
  public LocalDate lastCountedDay(int openOrderDays) {
    return placedOn.plusDays(openOrderDays);
  }
}
