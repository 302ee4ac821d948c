package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An account's credit-relevant figures as of a day: what the GET and the published snapshot both
 * report. All money is at the currency's scale (e.g. {@code 1200.00}).
 *
 * @param exposure open amounts (disputed included) minus unapplied credit, never below zero
 * @param pastDue open amounts whose due date is before {@code today}
 * @param receivedTotal every payment received, less reversed ones
 * @param openItems the open invoices, oldest due first
 * @param openOrders the open orders, oldest placed first; not in exposure, past due or aging here
 *     (which of them count toward exposure by their age is the credit policy's call)
 * @param openOrderAmount the sum of the open orders' open amounts
 * @param creditGroup the group the account is in (limit at the currency's scale); null when none
 */
public record AccountSnapshot(
    Account account,
    BigDecimal exposure,
    BigDecimal unappliedCredit,
    BigDecimal pastDue,
    AgingBuckets aging,
    BigDecimal receivedTotal,
    List<Invoice> openItems,
    List<Order> openOrders,
    BigDecimal openOrderAmount,
    CreditGroup creditGroup) {

  public AccountSnapshot {
    openItems = List.copyOf(openItems);
    openOrders = List.copyOf(openOrders);
  }

  /** The figures of an account without orders. */
  public static AccountSnapshot of(
      Account account,
      List<Invoice> openInvoices,
      BigDecimal unapplied,
      BigDecimal receivedTotal,
      LocalDate today) {
    return of(account, openInvoices, unapplied, receivedTotal, List.of(), null, today);
  }

  /**
   * @param openInvoices every open invoice of the account (disputed included)
   * @param unapplied the account's unapplied credit
   */
  public static AccountSnapshot of(
      Account account,
      List<Invoice> openInvoices,
      BigDecimal unapplied,
      BigDecimal receivedTotal,
      List<Order> openOrders,
      CreditGroup creditGroup,
      LocalDate today) {
    int scale = account.profile().currency().getDefaultFractionDigits();
    BigDecimal[] buckets = new BigDecimal[5];
    Arrays.fill(buckets, BigDecimal.ZERO);
    BigDecimal pastDue = BigDecimal.ZERO;
    BigDecimal open = BigDecimal.ZERO;
    List<Invoice> items = openInvoices.stream().sorted(Invoice.OLDEST_DUE_FIRST).toList();
    for (Invoice invoice : items) {
      long dpd = invoice.daysPastDue(today);
      int bucket = dpd <= 0 ? 0 : dpd <= 30 ? 1 : dpd <= 60 ? 2 : dpd <= 90 ? 3 : 4;
      buckets[bucket] = buckets[bucket].add(invoice.openAmount());
      open = open.add(invoice.openAmount());
      if (dpd > 0) {
        pastDue = pastDue.add(invoice.openAmount());
      }
    }
    BigDecimal exposure = open.subtract(unapplied).max(BigDecimal.ZERO);
    return new AccountSnapshot(
        account,
        money(exposure, scale),
        money(unapplied, scale),
        money(pastDue, scale),
        new AgingBuckets(
            money(buckets[0], scale),
            money(buckets[1], scale),
            money(buckets[2], scale),
            money(buckets[3], scale),
            money(buckets[4], scale)),
        money(receivedTotal, scale),
        items.stream()
            .map(
                i ->
                    new Invoice(
                        i.invoiceId(),
                        money(i.amount(), scale),
                        money(i.openAmount(), scale),
                        i.issuedOn(),
                        i.dueOn(),
                        i.disputed(),
                        false))
            .toList(),
        openOrders.stream()
            .sorted(Order.OLDEST_FIRST)
            .map(
                o ->
                    new Order(
                        o.orderId(),
                        money(o.amount(), scale),
                        money(o.openAmount(), scale),
                        money(o.invoicedAmount(), scale),
                        o.placedOn(),
                        o.cancelled()))
            .toList(),
        money(
            openOrders.stream().map(Order::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
            scale),
        creditGroup == null
            ? null
            : new CreditGroup(
                creditGroup.id(),
                creditGroup.name(),
                money(creditGroup.creditLimit(), scale),
                creditGroup.currency(),
                creditGroup.version()));
  }

  public int openInvoiceCount() {
    return openItems.size();
  }

  public BigDecimal creditLimit() {
    BigDecimal limit = account.profile().creditLimit();
    return limit == null
        ? null
        : money(limit, account.profile().currency().getDefaultFractionDigits());
  }

  /** Amounts were validated against the currency's scale, so this never rounds. */
  private static BigDecimal money(BigDecimal amount, int scale) {
    return amount.setScale(scale, RoundingMode.UNNECESSARY);
  }
}
