package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CreditGroupRef;
import com.creditbridge.contracts.LedgerCause;
import com.creditbridge.contracts.OpenItem;
import com.creditbridge.contracts.OpenOrderItem;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.hold.decision.AccountContacts.Contact;
import com.creditbridge.hold.decision.AccountSnapshot.LedgerChange;
import com.creditbridge.hold.policy.OpenInvoice;
import com.creditbridge.hold.policy.OpenOrder;

/**
 * The anti-corruption boundary for {@code account.payment-status.changed}: translates the wire
 * record into the service's {@link AccountSnapshot}. Only the edge (the listener) sees the wire
 * record; a field the contract adds or renames changes this class, not the decision.
 */
final class PaymentStatusTranslation {

  private PaymentStatusTranslation() {}

  /**
   * @throws InvalidSnapshotException when a field the policy needs is missing
   */
  static AccountSnapshot fromWire(PaymentStatusChanged wire) {
    try {
      return new AccountSnapshot(
          wire.accountId(),
          wire.ledgerVersion(),
          new CreditFacts(
              wire.currency(),
              wire.creditLimit(),
              wire.unappliedCredit(),
              wire.receivedTotal(),
              wire.segment(),
              wire.openItems().stream().map(PaymentStatusTranslation::invoiceOf).toList(),
              wire.openOrders().stream().map(PaymentStatusTranslation::orderOf).toList(),
              groupOf(wire.creditGroup())),
          new AccountContacts(
              wire.name(),
              contactOf(wire.salesRep()),
              contactOf(wire.creditAnalyst()),
              contactOf(wire.salesManager())),
          changeOf(wire.cause()));
    } catch (NullPointerException | IllegalArgumentException e) {
      throw new InvalidSnapshotException(
          "snapshot of account " + wire.accountId() + " is incomplete: " + e.getMessage(), e);
    }
  }

  private static OpenInvoice invoiceOf(OpenItem item) {
    return new OpenInvoice(item.invoiceId(), item.openAmount(), item.dueOn(), item.disputed());
  }

  private static OpenOrder orderOf(OpenOrderItem item) {
    return new OpenOrder(item.orderId(), item.openAmount(), item.placedOn());
  }

  private static GroupMembership groupOf(CreditGroupRef group) {
    return group == null
        ? null
        : new GroupMembership(group.id(), group.name(), group.creditLimit(), group.version());
  }

  private static Contact contactOf(Party party) {
    return party == null ? null : new Contact(party.id(), party.name(), party.email());
  }

  private static LedgerChange changeOf(LedgerCause cause) {
    return cause == null
        ? null
        : new LedgerChange(cause.eventId(), cause.type(), cause.acceptedAt());
  }
}
