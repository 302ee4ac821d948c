package com.creditbridge.account.ledger;

import java.math.BigDecimal;

/** The part of a payment (or credit note) not yet applied to any invoice. */
public record Credit(CreditRef ref, BigDecimal unapplied) {

  Credit reducedBy(BigDecimal applied) {
    return new Credit(ref, unapplied.subtract(applied));
  }
}
