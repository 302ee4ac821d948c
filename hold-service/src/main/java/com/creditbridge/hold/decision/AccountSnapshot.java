package com.creditbridge.hold.decision;

import java.time.Instant;
import java.util.Objects;

/**
 * The hold-service's own view of an account's newest ledger snapshot: its credit facts, its
 * contacts and the ledger event that produced it. Made from the wire record at the edge ({@link
 * PaymentStatusTranslation}) and stored in the service's own columns ({@link
 * AccountSnapshotStore}).
 *
 * @param ledgerVersion a snapshot not newer than the stored one is ignored
 * @param cause the ledger event behind the snapshot, or null
 */
record AccountSnapshot(
    String accountId,
    long ledgerVersion,
    CreditFacts credit,
    AccountContacts contacts,
    LedgerChange cause) {

  AccountSnapshot {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(contacts, "contacts");
  }

  /**
   * The ledger event that produced the snapshot.
   *
   * @param acceptedAt when the account-service accepted it; null for older snapshots
   */
  record LedgerChange(String eventId, String type, Instant acceptedAt) {}
}
