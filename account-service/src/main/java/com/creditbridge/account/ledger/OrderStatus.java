package com.creditbridge.account.ledger;

/** Where an order stands; lower-case on the wire. */
public enum OrderStatus {
  /** Something of it is not invoiced yet. */
  OPEN,
  /** Invoiced in full (or more). */
  INVOICED,
  CANCELLED
}
