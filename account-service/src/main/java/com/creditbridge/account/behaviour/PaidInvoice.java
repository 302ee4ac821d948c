package com.creditbridge.account.behaviour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An invoice the customer has paid in full: what payment behaviour is read from.
 *
 * @param amount the invoice's amount: a large invoice paid late says more than a small one
 * @param paidOn the day the last of it was paid (or credited)
 */
public record PaidInvoice(BigDecimal amount, LocalDate dueOn, LocalDate paidOn) {

  public PaidInvoice {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(paidOn, "paidOn");
  }

  /** Days from the due date to full payment; an invoice paid early is 0 days late, not negative. */
  public long daysLate() {
    return Math.max(0, ChronoUnit.DAYS.between(dueOn, paidOn));
  }
}
