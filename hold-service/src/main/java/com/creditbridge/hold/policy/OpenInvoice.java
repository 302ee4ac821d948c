package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An invoice of the account's ledger with an amount still to pay. */
public record OpenInvoice(
    String invoiceId, BigDecimal openAmount, LocalDate dueOn, boolean disputed) {

  public OpenInvoice {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(openAmount, "openAmount");
    Objects.requireNonNull(dueOn, "dueOn");
  }

  /** Open: something left to pay (voided invoices never reach the snapshot). */
  public boolean isOpen() {
    return openAmount.signum() > 0;
  }

  /** Counts towards the past-due rules: open and not disputed. */
  public boolean qualifies() {
    return isOpen() && !disputed;
  }

  /** {@code today − dueOn} in days; negative before the due date. */
  public long daysPastDue(LocalDate today) {
    return ChronoUnit.DAYS.between(dueOn, today);
  }
}
