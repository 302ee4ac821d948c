package com.creditbridge.account.ledger;

import java.util.Currency;

/**
 * The wording of every refusal of the ledger, in one place: the detail, the field at fault and its
 * message, exactly as clients see them in the problem body.
 */
final class Refusals {

  private Refusals() {}

  static Decision unknownAccount(String accountId) {
    return refused(
        Refusal.Cause.UNKNOWN_REFERENCE,
        "Account " + accountId + " does not exist.",
        "accountId",
        "unknown account; send account.upserted first");
  }

  static Decision currencyLocked(String accountId, Currency current) {
    return refused(
        Refusal.Cause.INVALID_STATE,
        "The currency of account " + accountId + " cannot change once it has invoices or credits.",
        "currency",
        "must stay " + current.getCurrencyCode());
  }

  static Decision currencyMismatch(String accountId, Currency expected) {
    String code = expected.getCurrencyCode();
    return refused(
        Refusal.Cause.CURRENCY_MISMATCH,
        "Account " + accountId + " is kept in " + code + ".",
        "currency",
        "must be " + code + ", the account's currency");
  }

  static Decision invoiceConflict(String invoiceId) {
    return conflict(
        "Invoice " + invoiceId + " was already issued with a different amount or dates.",
        "invoiceId",
        "already issued with different content");
  }

  static Decision paymentConflict(String paymentId) {
    return conflict(
        "Payment " + paymentId + " was already received with different content.",
        "paymentId",
        "already received with different content");
  }

  static Decision creditNoteConflict(String creditNoteId) {
    return conflict(
        "Credit note " + creditNoteId + " was already issued with different content.",
        "creditNoteId",
        "already issued with different content");
  }

  static Decision unknownInvoice(String accountId, String invoiceId) {
    return refused(
        Refusal.Cause.UNKNOWN_REFERENCE,
        "Invoice " + invoiceId + " does not exist on account " + accountId + ".",
        "invoiceId",
        "unknown invoice");
  }

  static Decision unknownPayment(String accountId, String paymentId) {
    return refused(
        Refusal.Cause.UNKNOWN_REFERENCE,
        "Payment " + paymentId + " does not exist on account " + accountId + ".",
        "paymentId",
        "unknown payment");
  }

  static Decision voidedInvoiceDisputed(String invoiceId) {
    return refused(
        Refusal.Cause.INVALID_STATE,
        "Invoice " + invoiceId + " is voided and cannot be disputed.",
        "invoiceId",
        "invoice is voided");
  }

  static Decision unknownOrder(String accountId, String orderId) {
    return refused(
        Refusal.Cause.UNKNOWN_REFERENCE,
        "Order " + orderId + " does not exist on account " + accountId + ".",
        "orderId",
        "unknown order; send order.placed first");
  }

  static Decision orderPlacedBefore(String orderId) {
    return refused(
        Refusal.Cause.INVALID_STATE,
        "Order " + orderId + " was already placed by another event.",
        "orderId",
        "order already placed");
  }

  static Decision orderCancelled(String orderId) {
    return refused(
        Refusal.Cause.INVALID_STATE,
        "Order " + orderId + " is cancelled.",
        "orderId",
        "order is cancelled");
  }

  static Decision groupCurrency(String accountId, CreditGroup group) {
    String code = group.currency().getCurrencyCode();
    return refused(
        Refusal.Cause.CURRENCY_MISMATCH,
        "Credit group "
            + group.id()
            + " is kept in "
            + code
            + "; account "
            + accountId
            + " cannot join it in another currency.",
        "creditGroup.id",
        "the group's members are all in " + code);
  }

  private static Decision conflict(String detail, String field, String message) {
    return refused(Refusal.Cause.CONFLICT, detail, field, message);
  }

  private static Decision refused(Refusal.Cause cause, String detail, String field, String msg) {
    return new Decision.Refused(new Refusal(cause, detail, field, msg));
  }
}
