package com.creditbridge.account.ledger;

/** Identifies a payment (or, later, a credit note) within an account. */
public record CreditRef(CreditKind kind, String id) {

  public static CreditRef payment(String paymentId) {
    return new CreditRef(CreditKind.PAYMENT, paymentId);
  }
}
