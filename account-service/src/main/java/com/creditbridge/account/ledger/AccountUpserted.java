package com.creditbridge.account.ledger;

import java.time.Instant;

/**
 * {@code account.upserted}: creates the account or replaces its profile.
 *
 * @param creditGroup the group it puts the account in, with the group's terms; null takes the
 *     account out of its group (the profile's {@code creditGroupId} is this group's id)
 */
public record AccountUpserted(
    String eventId,
    String accountId,
    Instant occurredAt,
    AccountProfile profile,
    CreditGroupTerms creditGroup)
    implements LedgerEvent {

  /** An upsert naming no credit group. */
  public AccountUpserted(
      String eventId, String accountId, Instant occurredAt, AccountProfile profile) {
    this(eventId, accountId, occurredAt, profile, null);
  }

  @Override
  public LedgerEventType type() {
    return LedgerEventType.ACCOUNT_UPSERTED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.accountUpserted(this);
  }
}
