package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A payment or credit note and the part of it not yet applied to any invoice.
 *
 * @param receivedOn the payment's receivedOn; for a credit note the day it occurred (or was
 *     accepted), null when unknown (credit notes stored before paid days were kept)
 * @param invoiceId the invoice it named; null when it named none
 * @param sequence the ledger version of the event that brought it: unapplied credit is used oldest
 *     first
 * @param reversed a reversed payment has nothing applied and nothing unapplied
 */
public record Credit(
    CreditRef ref,
    BigDecimal amount,
    BigDecimal unapplied,
    LocalDate receivedOn,
    String invoiceId,
    long sequence,
    boolean reversed) {

  /** The order in which unapplied credit is used: oldest first. */
  public static final Comparator<Credit> OLDEST_FIRST =
      Comparator.comparingLong(Credit::sequence).thenComparing(Credit::ref, CreditRef.ORDER);

  Credit withUnapplied(BigDecimal newUnapplied) {
    return new Credit(ref, amount, newUnapplied, receivedOn, invoiceId, sequence, reversed);
  }

  Credit reversedNow() {
    return new Credit(
        ref,
        amount,
        BigDecimal.ZERO.setScale(amount.scale()),
        receivedOn,
        invoiceId,
        sequence,
        true);
  }

  boolean hasUnapplied() {
    return unapplied.signum() > 0;
  }
}
