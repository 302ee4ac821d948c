package com.creditbridge.account.ledger;

import java.util.Arrays;
import java.util.Optional;

/** The event types of contract.md, with their wire names. */
public enum LedgerEventType {
  ACCOUNT_UPSERTED("account.upserted", true),
  INVOICE_ISSUED("invoice.issued", true),
  INVOICE_VOIDED("invoice.voided", false),
  PAYMENT_RECEIVED("payment.received", true),
  PAYMENT_REVERSED("payment.reversed", false),
  CREDIT_NOTE_ISSUED("credit-note.issued", false),
  INVOICE_DISPUTED("invoice.disputed", false),
  INVOICE_DISPUTE_RESOLVED("invoice.dispute-resolved", false);

  private final String wireName;
  private final boolean supported;

  LedgerEventType(String wireName, boolean supported) {
    this.wireName = wireName;
    this.supported = supported;
  }

  public String wireName() {
    return wireName;
  }

  /** False for the types the contract lists but this service does not apply yet. */
  public boolean supported() {
    return supported;
  }

  public static Optional<LedgerEventType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
