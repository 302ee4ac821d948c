package com.creditbridge.account.ledger;

import java.time.Instant;

/** {@code account.upserted}: creates the account or replaces its profile. */
public record AccountUpserted(
    String eventId, String accountId, Instant occurredAt, AccountProfile profile)
    implements LedgerEvent {

  @Override
  public LedgerEventType type() {
    return LedgerEventType.ACCOUNT_UPSERTED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.accountUpserted(this);
  }
}
