package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.LedgerEvent;
import reactor.core.publisher.Mono;

/**
 * Applies one type of ledger event, inside the transaction {@link LedgerEventIngest} opened, to an
 * account it has locked. A new event type is one more implementation of this.
 */
interface EventHandler<E extends LedgerEvent> {

  Class<E> eventType();

  /**
   * Writes the event's effect (invoices, payments, allocations) or signals an {@code ApiProblem}
   * when the event cannot apply to this account; the caller stores the account and announces it.
   *
   * @param account the locked account, its ledger version already counting this event
   */
  Mono<Effect> apply(Account account, E event);
}
