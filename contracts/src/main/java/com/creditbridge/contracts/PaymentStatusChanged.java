package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The data of {@code account.payment-status.changed} on {@link Topics#PAYMENT_STATUS}: the
 * account's full credit-relevant snapshot. Consumers ignore a snapshot whose {@code ledgerVersion}
 * is not newer than the one they hold.
 *
 * @param receivedTotal every payment ever received on the account, less reversed ones; the
 *     hold-service compares it with its value when a promise was recorded to see the promise kept
 *     (an extension of contract.md)
 * @param creditLimit null when the account has no limit
 * @param openOrders the orders not yet fully invoiced or cancelled (second wave)
 * @param creditGroup the credit group the account shares a limit with; null when none (second wave)
 * @param paymentBehaviour how late the customer pays; null in snapshots written before it was
 *     published (second wave)
 */
public record PaymentStatusChanged(
    @JsonProperty("accountId") String accountId,
    @JsonProperty("name") String name,
    @JsonProperty("currency") String currency,
    @JsonProperty("creditLimit") @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal creditLimit,
    @JsonProperty("salesRep") Party salesRep,
    @JsonProperty("creditAnalyst") Party creditAnalyst,
    @JsonProperty("salesManager") Party salesManager,
    @JsonProperty("segment") String segment,
    @JsonProperty("exposure") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal exposure,
    @JsonProperty("unappliedCredit") @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal unappliedCredit,
    @JsonProperty("pastDue") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pastDue,
    @JsonProperty("aging") Aging aging,
    @JsonProperty("openInvoiceCount") int openInvoiceCount,
    @JsonProperty("openItems") List<OpenItem> openItems,
    @JsonProperty("cause") LedgerCause cause,
    @JsonProperty("ledgerVersion") long ledgerVersion,
    @JsonProperty("receivedTotal") @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal receivedTotal,
    @JsonProperty("openOrders") List<OpenOrderItem> openOrders,
    @JsonProperty("creditGroup") CreditGroupRef creditGroup,
    @JsonProperty("paymentBehaviour") PaymentBehaviourSummary paymentBehaviour) {

  /** The CloudEvent type of this data. */
  public static final String TYPE = "account.payment-status.changed";

  public PaymentStatusChanged {
    openItems = openItems == null ? List.of() : List.copyOf(openItems);
    openOrders = openOrders == null ? List.of() : List.copyOf(openOrders);
  }

  /** A snapshot without payment behaviour, as written before it was published. */
  public PaymentStatusChanged(
      String accountId,
      String name,
      String currency,
      BigDecimal creditLimit,
      Party salesRep,
      Party creditAnalyst,
      Party salesManager,
      String segment,
      BigDecimal exposure,
      BigDecimal unappliedCredit,
      BigDecimal pastDue,
      Aging aging,
      int openInvoiceCount,
      List<OpenItem> openItems,
      LedgerCause cause,
      long ledgerVersion,
      BigDecimal receivedTotal,
      List<OpenOrderItem> openOrders,
      CreditGroupRef creditGroup) {
    this(
        accountId,
        name,
        currency,
        creditLimit,
        salesRep,
        creditAnalyst,
        salesManager,
        segment,
        exposure,
        unappliedCredit,
        pastDue,
        aging,
        openInvoiceCount,
        openItems,
        cause,
        ledgerVersion,
        receivedTotal,
        openOrders,
        creditGroup,
        null);
  }

  /** A snapshot of the first wave: no orders, no group. */
  public PaymentStatusChanged(
      String accountId,
      String name,
      String currency,
      BigDecimal creditLimit,
      Party salesRep,
      Party creditAnalyst,
      Party salesManager,
      String segment,
      BigDecimal exposure,
      BigDecimal unappliedCredit,
      BigDecimal pastDue,
      Aging aging,
      int openInvoiceCount,
      List<OpenItem> openItems,
      LedgerCause cause,
      long ledgerVersion,
      BigDecimal receivedTotal) {
    this(
        accountId,
        name,
        currency,
        creditLimit,
        salesRep,
        creditAnalyst,
        salesManager,
        segment,
        exposure,
        unappliedCredit,
        pastDue,
        aging,
        openInvoiceCount,
        openItems,
        cause,
        ledgerVersion,
        receivedTotal,
        List.of(),
        null,
        null);
  }
}
