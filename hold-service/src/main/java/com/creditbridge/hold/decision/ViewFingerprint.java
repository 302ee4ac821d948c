package com.creditbridge.hold.decision;

import com.creditbridge.hold.decision.AccountContacts.Contact;
import com.creditbridge.hold.policy.PolicyOutcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an evaluated view looks like, to tell whether it changed: status, reasons by code, invoice
 * and amount, cure, projection, promise and segment. Not what drifts every day (days past due in
 * the sentences) or with every ledger event (exposure alone), and not the contacts: correcting a
 * sales rep's email is no change of the credit decision.
 */
final class ViewFingerprint {

  /** Marks the fingerprints made without contacts; those without it are {@link #legacy}. */
  static final String VERSION = "2:";

  private ViewFingerprint() {}

  static String of(
      PolicyOutcome evaluation, AccountDecision.ActivePromise promise, String segment) {
    return VERSION + digest(view(evaluation, promise) + "|" + Objects.toString(segment));
  }

  /**
   * True when the stored fingerprint describes the same view: the current form, or one stored
   * before the contacts were left out (which then still counts them, so the first evaluation after
   * the upgrade records no change that did not happen).
   */
  static boolean same(
      String stored,
      String current,
      PolicyOutcome evaluation,
      AccountDecision.ActivePromise promise,
      CreditFacts credit,
      AccountContacts contacts) {
    if (stored.equals(current)) {
      return true;
    }
    return !stored.startsWith(VERSION)
        && stored.equals(legacy(evaluation, promise, credit, contacts));
  }

  /** The fingerprint as stored before version 2: with the account's name and people. */
  static String legacy(
      PolicyOutcome evaluation,
      AccountDecision.ActivePromise promise,
      CreditFacts credit,
      AccountContacts contacts) {
    return digest(
        String.join(
            "|",
            view(evaluation, promise),
            Objects.toString(contacts.accountName()),
            contact(contacts.salesRep()),
            contact(contacts.creditAnalyst()),
            contact(contacts.salesManager()),
            Objects.toString(credit.segment())));
  }

  private static String view(PolicyOutcome evaluation, AccountDecision.ActivePromise promise) {
    String reasons =
        evaluation.reasons().stream()
            .map(r -> r.code() + "/" + r.invoiceId() + "/" + plain(r.amount()))
            .collect(Collectors.joining(","));
    return String.join(
        "|",
        evaluation.status().name(),
        reasons,
        plain(evaluation.cureAmount()),
        String.valueOf(evaluation.projectedHoldOn()),
        promise == null ? "-" : promise.promiseId() + "/" + plain(promise.paidSoFar()));
  }

  private static String digest(String view) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(view.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String contact(Contact contact) {
    return contact == null ? "-" : contact.id() + "/" + contact.name() + "/" + contact.email();
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "-" : amount.stripTrailingZeros().toPlainString();
  }
}
