package com.creditbridge.account.behaviour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How late the customer pays: the days from due date to full payment of the invoices fully paid in
 * the last 180 days, weighted by amount, against the 180 days before. Weighted, because one large
 * invoice paid two months late matters more to credit than ten small ones paid a week late.
 *
 * @param averageDaysLate over the last 180 days, one decimal; null when nothing was paid in them
 * @param previousAverageDaysLate over the 180 days before; null when nothing was paid then
 * @param trend null until both periods have payments to compare
 * @param paidInvoices how many invoices the last 180 days' average is made of
 */
public record PaymentBehaviour(
    BigDecimal averageDaysLate,
    BigDecimal previousAverageDaysLate,
    PaymentTrend trend,
    int paidInvoices) {

  static final int PERIOD_DAYS = 180;

  /** Within this many days either way the trend is steady: a few days is noise, not a change. */
  static final BigDecimal STEADY_WITHIN_DAYS = new BigDecimal("3");

  /** The behaviour on {@code today} from the invoices paid in full, in any order. */
  public static PaymentBehaviour of(Collection<PaidInvoice> paid, LocalDate today) {
    Objects.requireNonNull(today, "today");
    LocalDate periodStart = today.minusDays(PERIOD_DAYS);
    LocalDate previousStart = periodStart.minusDays(PERIOD_DAYS);
    List<PaidInvoice> recent =
        paid.stream()
            .filter(i -> i.paidOn().isAfter(periodStart) && !i.paidOn().isAfter(today))
            .toList();
    List<PaidInvoice> before =
        paid.stream()
            .filter(i -> i.paidOn().isAfter(previousStart) && !i.paidOn().isAfter(periodStart))
            .toList();
    BigDecimal average = weightedDaysLate(recent);
    BigDecimal previous = weightedDaysLate(before);
    return new PaymentBehaviour(average, previous, trend(average, previous), recent.size());
  }

  /** The first day an invoice may have been paid on to count on {@code today}: what to read. */
  public static LocalDate earliestPaidOn(LocalDate today) {
    return today.minusDays(2 * PERIOD_DAYS);
  }

  /** Σ(amount × days late) / Σ amount, to one decimal; null for no invoices. */
  static BigDecimal weightedDaysLate(List<PaidInvoice> invoices) {
    BigDecimal total =
        invoices.stream().map(PaidInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() == 0) {
      return null;
    }
    BigDecimal weighted =
        invoices.stream()
            .map(i -> i.amount().multiply(BigDecimal.valueOf(i.daysLate())))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return weighted.divide(total, 1, RoundingMode.HALF_UP);
  }

  private static PaymentTrend trend(BigDecimal average, BigDecimal previous) {
    if (average == null || previous == null) {
      return null;
    }
    BigDecimal change = average.subtract(previous);
    if (change.abs().compareTo(STEADY_WITHIN_DAYS) <= 0) {
      return PaymentTrend.STEADY;
    }
    return change.signum() > 0 ? PaymentTrend.WORSENING : PaymentTrend.IMPROVING;
  }
}
