package com.creditbridge.account.ledger;

/** Where an invoice stands: owed, settled, or cancelled. */
public enum InvoiceStatus {
  OPEN,
  PAID,
  VOIDED
}
