package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The credit-relevant part of the account's ledger snapshot.
 *
 * @param currency the account's ISO 4217 currency; every amount is in it
 * @param creditLimit null when the account has no limit
 * @param unappliedCredit payments and credit notes not yet allocated to an invoice
 * @param openOrders orders not yet fully invoiced or cancelled, whatever their age: which of them
 *     count depends on the day and the policy
 */
public record AccountLedger(
    String currency,
    BigDecimal creditLimit,
    BigDecimal unappliedCredit,
    List<OpenInvoice> openInvoices,
    List<OpenOrder> openOrders) {

  public AccountLedger {
    Objects.requireNonNull(currency, "currency");
    unappliedCredit = unappliedCredit == null ? BigDecimal.ZERO : unappliedCredit;
    openInvoices = openInvoices == null ? List.of() : List.copyOf(openInvoices);
    openOrders = openOrders == null ? List.of() : List.copyOf(openOrders);
  }

  /** A ledger without orders. */
  public AccountLedger(
      String currency,
      BigDecimal creditLimit,
      BigDecimal unappliedCredit,
      List<OpenInvoice> openInvoices) {
    this(currency, creditLimit, unappliedCredit, openInvoices, List.of());
  }

  /**
   * Σ open amounts of open invoices (disputed included) + Σ open amounts of the orders counted on
   * {@code day} − unapplied credit, never below zero.
   */
  public BigDecimal exposureOn(LocalDate day, int openOrderDays) {
    BigDecimal invoices =
        openInvoices.stream()
            .filter(OpenInvoice::isOpen)
            .map(OpenInvoice::openAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal orders =
        openOrders.stream()
            .filter(order -> order.countsOn(day, openOrderDays))
            .map(OpenOrder::openAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return invoices.add(orders).subtract(unappliedCredit).max(BigDecimal.ZERO);
  }

  /** The open amount of one of the open orders; zero when it is not one of them. */
  public BigDecimal openAmountOfOrder(String orderId, LocalDate day, int openOrderDays) {
    return openOrders.stream()
        .filter(order -> order.orderId().equals(orderId) && order.countsOn(day, openOrderDays))
        .map(OpenOrder::openAmount)
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }
}
