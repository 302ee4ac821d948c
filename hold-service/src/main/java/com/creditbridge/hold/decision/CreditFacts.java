package com.creditbridge.hold.decision;

import com.creditbridge.hold.policy.AccountLedger;
import com.creditbridge.hold.policy.OpenInvoice;
import com.creditbridge.hold.policy.OpenOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the hold-service knows about an account's credit: the facts its decision and the decision's
 * fingerprint are made of, and nothing else (who looks after the account is in {@link
 * AccountContacts}, so correcting an email decides nothing).
 *
 * @param currency the account's ISO 4217 currency; every amount is in it
 * @param creditLimit null when the account has no limit
 * @param unappliedCredit payments and credit notes not yet allocated to an invoice
 * @param receivedTotal every payment ever received, less reversed ones: a promise is kept once it
 *     has grown by the promised amount
 * @param segment the customer segment, or null
 * @param openOrders orders not yet fully invoiced or cancelled, whatever their age
 * @param group the credit group the account belongs to, as its snapshot names it; null when none
 */
record CreditFacts(
    String currency,
    BigDecimal creditLimit,
    BigDecimal unappliedCredit,
    BigDecimal receivedTotal,
    String segment,
    List<OpenInvoice> openInvoices,
    List<OpenOrder> openOrders,
    GroupMembership group) {

  CreditFacts {
    Objects.requireNonNull(currency, "currency");
    unappliedCredit = unappliedCredit == null ? BigDecimal.ZERO : unappliedCredit;
    receivedTotal = receivedTotal == null ? BigDecimal.ZERO : receivedTotal;
    openInvoices = openInvoices == null ? List.of() : List.copyOf(openInvoices);
    openOrders = openOrders == null ? List.of() : List.copyOf(openOrders);
  }

  /** Facts without orders or a group, as before they existed. */
  CreditFacts(
      String currency,
      BigDecimal creditLimit,
      BigDecimal unappliedCredit,
      BigDecimal receivedTotal,
      String segment,
      List<OpenInvoice> openInvoices) {
    this(currency, creditLimit, unappliedCredit, receivedTotal, segment, openInvoices, null, null);
  }

  String groupId() {
    return group == null ? null : group.groupId();
  }

  /** The ledger part of the policy's input. */
  AccountLedger ledger() {
    return new AccountLedger(currency, creditLimit, unappliedCredit, openInvoices, openOrders);
  }
}
