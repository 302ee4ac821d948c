package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The credit-relevant part of the account's ledger snapshot.
 *
 * @param currency the account's ISO 4217 currency; every amount is in it
 * @param creditLimit null when the account has no limit
 * @param unappliedCredit payments and credit notes not yet allocated to an invoice
 */
public record AccountLedger(
    String currency,
    BigDecimal creditLimit,
    BigDecimal unappliedCredit,
    List<OpenInvoice> openInvoices) {

  public AccountLedger {
    Objects.requireNonNull(currency, "currency");
    unappliedCredit = unappliedCredit == null ? BigDecimal.ZERO : unappliedCredit;
    openInvoices = openInvoices == null ? List.of() : List.copyOf(openInvoices);
  }

  /** Σ open amounts (disputed included) − unapplied credit, never below zero. */
  public BigDecimal exposure() {
    BigDecimal open =
        openInvoices.stream()
            .filter(OpenInvoice::isOpen)
            .map(OpenInvoice::openAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return open.subtract(unappliedCredit).max(BigDecimal.ZERO);
  }
}
