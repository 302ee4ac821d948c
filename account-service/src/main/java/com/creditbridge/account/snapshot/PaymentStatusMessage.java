package com.creditbridge.account.snapshot;

import com.creditbridge.account.behaviour.PaymentBehaviour;
import com.creditbridge.account.behaviour.PaymentTrend;
import com.creditbridge.account.ledger.AccountProfile;
import com.creditbridge.account.ledger.AccountSnapshot;
import com.creditbridge.account.ledger.AgingBuckets;
import com.creditbridge.account.ledger.CreditGroup;
import com.creditbridge.account.ledger.LedgerEvent;
import com.creditbridge.account.ledger.Person;
import com.creditbridge.contracts.Aging;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditGroupRef;
import com.creditbridge.contracts.LedgerCause;
import com.creditbridge.contracts.OpenItem;
import com.creditbridge.contracts.OpenOrderItem;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentBehaviourSummary;
import com.creditbridge.contracts.PaymentStatusChanged;
import java.time.Instant;

/** The wire form of an account snapshot: {@code account.payment-status.changed}. */
final class PaymentStatusMessage {

  static final String SOURCE = "/creditbridge/account-service";

  private PaymentStatusMessage() {}

  /**
   * The id is {@code <accountId>:<ledgerVersion>}: unique per snapshot, and the same if the same
   * snapshot were ever written twice, so consumers drop the copy.
   */
  static CloudEvent<PaymentStatusChanged> of(
      AccountSnapshot snapshot, PaymentBehaviour behaviour, LedgerEvent cause, Instant acceptedAt) {
    String accountId = snapshot.account().accountId();
    long version = snapshot.account().ledgerVersion();
    return CloudEvent.of(
        accountId + ":" + version,
        SOURCE,
        PaymentStatusChanged.TYPE,
        accountId,
        acceptedAt,
        data(
            snapshot,
            behaviour,
            new LedgerCause(cause.eventId(), cause.type().wireName(), acceptedAt)));
  }

  static PaymentStatusChanged data(
      AccountSnapshot snapshot, PaymentBehaviour behaviour, LedgerCause cause) {
    AccountProfile profile = snapshot.account().profile();
    AgingBuckets aging = snapshot.aging();
    return new PaymentStatusChanged(
        snapshot.account().accountId(),
        profile.name(),
        profile.currency().getCurrencyCode(),
        snapshot.creditLimit(),
        party(profile.salesRep()),
        party(profile.creditAnalyst()),
        party(profile.salesManager()),
        profile.segment(),
        snapshot.exposure(),
        snapshot.unappliedCredit(),
        snapshot.pastDue(),
        new Aging(
            aging.current(),
            aging.days1to30(),
            aging.days31to60(),
            aging.days61to90(),
            aging.days91plus()),
        snapshot.openInvoiceCount(),
        snapshot.openItems().stream()
            .map(i -> new OpenItem(i.invoiceId(), i.openAmount(), i.dueOn(), i.disputed()))
            .toList(),
        cause,
        snapshot.account().ledgerVersion(),
        snapshot.receivedTotal(),
        snapshot.openOrders().stream()
            .map(o -> new OpenOrderItem(o.orderId(), o.openAmount(), o.placedOn()))
            .toList(),
        group(snapshot.creditGroup()),
        behaviour(behaviour));
  }

  private static PaymentBehaviourSummary behaviour(PaymentBehaviour behaviour) {
    return new PaymentBehaviourSummary(
        behaviour.averageDaysLate(),
        behaviour.previousAverageDaysLate(),
        trend(behaviour.trend()),
        behaviour.paidInvoices());
  }

  private static PaymentBehaviourSummary.Trend trend(PaymentTrend trend) {
    if (trend == null) {
      return null;
    }
    return switch (trend) {
      case IMPROVING -> PaymentBehaviourSummary.Trend.IMPROVING;
      case STEADY -> PaymentBehaviourSummary.Trend.STEADY;
      case WORSENING -> PaymentBehaviourSummary.Trend.WORSENING;
    };
  }

  private static CreditGroupRef group(CreditGroup group) {
    return group == null
        ? null
        : new CreditGroupRef(group.id(), group.name(), group.creditLimit(), group.version());
  }

  private static Party party(Person person) {
    return person == null ? null : new Party(person.id(), person.name(), person.email());
  }
}
