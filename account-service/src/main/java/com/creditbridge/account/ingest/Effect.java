package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.Ledger;

/** What applying one event to its locked account did. */
sealed interface Effect {

  /**
   * The event changed the account: this is its new state, to be stored and announced.
   *
   * @param account at the version the event produced
   */
  record Applied(Account account, Ledger ledger) implements Effect {}

  /** The event restated what the ledger already holds (an invoice or payment sent again). */
  record Unchanged() implements Effect {}
}
