package com.creditbridge.account.ledger;

/** What {@link AccountBook#apply} made of one event. */
public sealed interface Decision {

  /** The event changed the account, which is now at {@code ledgerVersion}. */
  record Applied(long ledgerVersion) implements Decision {}

  /** The event restated what the ledger already holds: no effect, reported as a duplicate. */
  record Unchanged() implements Decision {}

  /** The event cannot apply; nothing changed. */
  record Refused(Refusal refusal) implements Decision {}
}
