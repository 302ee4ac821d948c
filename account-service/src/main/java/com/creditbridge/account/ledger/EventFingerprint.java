package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A hash of what a ledger event says, independent of how its JSON was written (key order,
 * whitespace, {@code 5} vs {@code "5.00"}), so a resend with the same content is recognised as a
 * duplicate and the same event id with other content as a conflict.
 *
 * <p>The fields are listed explicitly (not taken from {@code toString()}) because stored
 * fingerprints must stay comparable when the Java records change. Each value is written with its
 * length, so no value can imitate a field boundary.
 */
public final class EventFingerprint {

  private final StringBuilder text = new StringBuilder();

  private EventFingerprint() {}

  /** SHA-256, 64 lowercase hex digits. */
  public static String of(LedgerEvent event) {
    EventFingerprint f = new EventFingerprint();
    f.add("type", event.type().wireName())
        .add("eventId", event.eventId())
        .add("accountId", event.accountId())
        .add("occurredAt", event.occurredAt() == null ? null : event.occurredAt().toString());
    event.accept(f.new Fields());
    return f.sha256();
  }

  /** The fields of each event type, after those every event has. */
  private final class Fields implements LedgerEvent.Handler<EventFingerprint> {

    @Override
    public EventFingerprint accountUpserted(AccountUpserted event) {
      AccountProfile p = event.profile();
      return add("name", p.name())
          .add("currency", p.currency().getCurrencyCode())
          .add("creditLimit", p.creditLimit())
          .person("salesRep", p.salesRep())
          .person("creditAnalyst", p.creditAnalyst())
          .person("salesManager", p.salesManager())
          .add("segment", p.segment())
          .creditGroup(event.creditGroup());
    }

    @Override
    public EventFingerprint invoiceIssued(InvoiceIssued event) {
      return add("invoiceId", event.invoiceId())
          .add("amount", event.amount())
          .add("currency", event.currency().getCurrencyCode())
          .add("issuedOn", event.issuedOn().toString())
          .add("dueOn", event.dueOn().toString())
          .addIfPresent("orderId", event.orderId());
    }

    @Override
    public EventFingerprint invoiceVoided(InvoiceVoided event) {
      return add("invoiceId", event.invoiceId());
    }

    @Override
    public EventFingerprint paymentReceived(PaymentReceived event) {
      return add("paymentId", event.paymentId())
          .add("amount", event.amount())
          .add("currency", event.currency().getCurrencyCode())
          .add("receivedOn", event.receivedOn().toString())
          .add("invoiceId", event.invoiceId());
    }

    @Override
    public EventFingerprint paymentReversed(PaymentReversed event) {
      return add("paymentId", event.paymentId());
    }

    @Override
    public EventFingerprint creditNoteIssued(CreditNoteIssued event) {
      return add("creditNoteId", event.creditNoteId())
          .add("amount", event.amount())
          .add("currency", event.currency().getCurrencyCode())
          .add("invoiceId", event.invoiceId());
    }

    @Override
    public EventFingerprint invoiceDisputed(InvoiceDisputed event) {
      return add("invoiceId", event.invoiceId()).add("reason", event.reason());
    }

    @Override
    public EventFingerprint invoiceDisputeResolved(InvoiceDisputeResolved event) {
      return add("invoiceId", event.invoiceId());
    }

    @Override
    public EventFingerprint orderPlaced(OrderPlaced event) {
      return add("orderId", event.orderId())
          .add("amount", event.amount())
          .add("currency", event.currency().getCurrencyCode())
          .add("placedOn", event.placedOn().toString());
    }

    @Override
    public EventFingerprint orderCancelled(OrderCancelled event) {
      return add("orderId", event.orderId());
    }
  }

  /** Left out when absent, like every field added after events were stored. */
  private EventFingerprint creditGroup(CreditGroupTerms group) {
    return group == null
        ? this
        : add("creditGroup.id", group.id())
            .add("creditGroup.name", group.name())
            .add("creditGroup.creditLimit", group.creditLimit());
  }

  private EventFingerprint person(String name, Person person) {
    if (person == null) {
      return add(name, (String) null);
    }
    return add(name + ".id", person.id())
        .add(name + ".name", person.name())
        .add(name + ".email", person.email());
  }

  /**
   * A field added after events were stored: left out when absent, so the fingerprints of events
   * without it stay what they were.
   */
  private EventFingerprint addIfPresent(String name, String value) {
    return value == null ? this : add(name, value);
  }

  private EventFingerprint add(String name, BigDecimal value) {
    return add(name, value == null ? null : value.stripTrailingZeros().toPlainString());
  }

  private EventFingerprint add(String name, String value) {
    text.append(name).append('=');
    if (value == null) {
      text.append('~');
    } else {
      text.append(value.length()).append(':').append(value);
    }
    text.append(';');
    return this;
  }

  private String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
