package com.creditbridge.account.ledger;

import java.util.Comparator;

/** Identifies a payment or a credit note within an account. */
public record CreditRef(CreditKind kind, String id) {

  static final Comparator<CreditRef> ORDER =
      Comparator.comparing(CreditRef::kind).thenComparing(CreditRef::id);

  public static CreditRef payment(String paymentId) {
    return new CreditRef(CreditKind.PAYMENT, paymentId);
  }

  public static CreditRef creditNote(String creditNoteId) {
    return new CreditRef(CreditKind.CREDIT_NOTE, creditNoteId);
  }
}
