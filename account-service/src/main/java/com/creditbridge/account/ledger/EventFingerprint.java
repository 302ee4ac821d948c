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
    if (event instanceof AccountUpserted upserted) {
      AccountProfile p = upserted.profile();
      f.add("name", p.name())
          .add("currency", p.currency().getCurrencyCode())
          .add("creditLimit", p.creditLimit())
          .person("salesRep", p.salesRep())
          .person("creditAnalyst", p.creditAnalyst())
          .person("salesManager", p.salesManager())
          .add("segment", p.segment());
    } else if (event instanceof InvoiceIssued invoice) {
      f.add("invoiceId", invoice.invoiceId())
          .add("amount", invoice.amount())
          .add("currency", invoice.currency().getCurrencyCode())
          .add("issuedOn", invoice.issuedOn().toString())
          .add("dueOn", invoice.dueOn().toString());
    } else if (event instanceof PaymentReceived payment) {
      f.add("paymentId", payment.paymentId())
          .add("amount", payment.amount())
          .add("currency", payment.currency().getCurrencyCode())
          .add("receivedOn", payment.receivedOn().toString())
          .add("invoiceId", payment.invoiceId());
    } else if (event instanceof PaymentReversed reversal) {
      f.add("paymentId", reversal.paymentId());
    } else if (event instanceof CreditNoteIssued note) {
      f.add("creditNoteId", note.creditNoteId())
          .add("amount", note.amount())
          .add("currency", note.currency().getCurrencyCode())
          .add("invoiceId", note.invoiceId());
    } else if (event instanceof InvoiceDisputed disputed) {
      f.add("invoiceId", disputed.invoiceId()).add("reason", disputed.reason());
    } else if (event instanceof InvoiceVoided voided) {
      f.add("invoiceId", voided.invoiceId());
    } else {
      f.add("invoiceId", ((InvoiceDisputeResolved) event).invoiceId());
    }
    return f.sha256();
  }

  private EventFingerprint person(String name, Person person) {
    if (person == null) {
      return add(name, (String) null);
    }
    return add(name + ".id", person.id())
        .add(name + ".name", person.name())
        .add(name + ".email", person.email());
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
