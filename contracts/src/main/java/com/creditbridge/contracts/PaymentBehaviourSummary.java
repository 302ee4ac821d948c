package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * How late the customer pays, as on the account read (second wave): days from due date to full
 * payment of the invoices fully paid in the last 180 days, weighted by amount, against the 180 days
 * before. Days are a count, not money, so they are JSON numbers with one decimal.
 *
 * @param averageDaysLate null when no invoice was fully paid in the last 180 days
 * @param previousAverageDaysLate null when none was in the 180 days before
 * @param trend null until both periods have a payment to compare
 * @param paidInvoices how many invoices the last 180 days' average is made of
 */
public record PaymentBehaviourSummary(
    @JsonProperty("averageDaysLate") BigDecimal averageDaysLate,
    @JsonProperty("previousAverageDaysLate") BigDecimal previousAverageDaysLate,
    @JsonProperty("trend") Trend trend,
    @JsonProperty("paidInvoices") int paidInvoices) {

  /** Whether the customer pays later than before; {@code steady} within ±3 days. */
  public enum Trend {
    @JsonProperty("improving")
    IMPROVING,
    @JsonProperty("steady")
    STEADY,
    @JsonProperty("worsening")
    WORSENING
  }
}
