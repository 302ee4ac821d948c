package com.creditbridge.account.ledger;

import java.util.Arrays;
import java.util.Optional;

/** The event types of contract.md, with their wire names. */
public enum LedgerEventType {
  ACCOUNT_UPSERTED("account.upserted"),
  INVOICE_ISSUED("invoice.issued"),
  INVOICE_VOIDED("invoice.voided"),
  PAYMENT_RECEIVED("payment.received"),
  PAYMENT_REVERSED("payment.reversed"),
  CREDIT_NOTE_ISSUED("credit-note.issued"),
  INVOICE_DISPUTED("invoice.disputed"),
  INVOICE_DISPUTE_RESOLVED("invoice.dispute-resolved"),
  ORDER_PLACED("order.placed"),
  ORDER_CANCELLED("order.cancelled");

  private final String wireName;

  LedgerEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<LedgerEventType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
