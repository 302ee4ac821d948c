package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * An invoice and what is still owed on it.
 *
 * @param openAmount what is still owed; zero once paid or voided
 * @param orderId the order the invoice bills; null when it named none
 * @param paidOn the day it became fully paid: the payment's receivedOn, or the credit note's day,
 *     that brought the open amount to 0; null while something is open (a reversal clears it)
 */
public record Invoice(
    String invoiceId,
    BigDecimal amount,
    BigDecimal openAmount,
    LocalDate issuedOn,
    LocalDate dueOn,
    boolean disputed,
    boolean voided,
    String orderId,
    LocalDate paidOn) {

  /** The order in which credit is applied: oldest due date first, ties by invoice id. */
  public static final Comparator<Invoice> OLDEST_DUE_FIRST =
      Comparator.comparing(Invoice::dueOn).thenComparing(Invoice::invoiceId);

  /** An invoice that names no order. */
  public Invoice(
      String invoiceId,
      BigDecimal amount,
      BigDecimal openAmount,
      LocalDate issuedOn,
      LocalDate dueOn,
      boolean disputed,
      boolean voided) {
    this(invoiceId, amount, openAmount, issuedOn, dueOn, disputed, voided, null, null);
  }

  /** An invoice not known to be paid on a day. */
  public Invoice(
      String invoiceId,
      BigDecimal amount,
      BigDecimal openAmount,
      LocalDate issuedOn,
      LocalDate dueOn,
      boolean disputed,
      boolean voided,
      String orderId) {
    this(invoiceId, amount, openAmount, issuedOn, dueOn, disputed, voided, orderId, null);
  }

  /** A newly issued invoice that names no order. */
  public static Invoice issued(
      String invoiceId, BigDecimal amount, LocalDate issuedOn, LocalDate dueOn) {
    return issued(invoiceId, amount, issuedOn, dueOn, null);
  }

  /** A newly issued invoice: nothing paid yet, not disputed. */
  public static Invoice issued(
      String invoiceId, BigDecimal amount, LocalDate issuedOn, LocalDate dueOn, String orderId) {
    return new Invoice(invoiceId, amount, amount, issuedOn, dueOn, false, false, orderId, null);
  }

  public boolean isOpen() {
    return !voided && openAmount.signum() > 0;
  }

  /** Open and not disputed: credit is applied to it without being asked to. */
  public boolean qualifies() {
    return isOpen() && !disputed;
  }

  public InvoiceStatus status() {
    return voided ? InvoiceStatus.VOIDED : isOpen() ? InvoiceStatus.OPEN : InvoiceStatus.PAID;
  }

  /** Negative before the due date, 0 on it. */
  public long daysPastDue(LocalDate today) {
    return ChronoUnit.DAYS.between(dueOn, today);
  }

  /** Reopened (or still open): no longer paid. */
  Invoice withOpenAmount(BigDecimal newOpenAmount) {
    return new Invoice(
        invoiceId, amount, newOpenAmount, issuedOn, dueOn, disputed, voided, orderId, null);
  }

  /** Credit dated {@code on} took {@code paid} off it: paid on that day when nothing is left. */
  Invoice paidDown(BigDecimal paid, LocalDate on) {
    BigDecimal open = openAmount.subtract(paid);
    LocalDate paidNow = open.signum() == 0 ? on : null;
    return new Invoice(
        invoiceId, amount, open, issuedOn, dueOn, disputed, voided, orderId, paidNow);
  }

  Invoice withDisputed(boolean newDisputed) {
    return new Invoice(
        invoiceId, amount, openAmount, issuedOn, dueOn, newDisputed, voided, orderId, paidOn);
  }

  Invoice voidedNow() {
    return new Invoice(
        invoiceId,
        amount,
        BigDecimal.ZERO.setScale(amount.scale()),
        issuedOn,
        dueOn,
        disputed,
        true,
        orderId,
        paidOn);
  }
}
