package com.creditbridge.account.ledger;

/** Where money that pays invoices comes from. Credit notes join payments in a later slice. */
public enum CreditKind {
  PAYMENT
}
