package com.creditbridge.account.store;

import com.creditbridge.account.ledger.LedgerEvent;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The {@code ledger_event} table: which event ids were accepted, and with what content. */
@Component
public class EventLog {

  private final DatabaseClient db;

  EventLog(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Records the event unless its id is known; true when it was recorded. A concurrent transaction
   * recording the same id makes this wait until that one commits (then false) or rolls back (then
   * true), so the same id is never applied twice.
   */
  public Mono<Boolean> record(LedgerEvent event, String contentHash, Instant receivedAt) {
    return db.sql(
            "insert into ledger_event (event_id, type, account_id, content_hash, received_at)"
                + " values (:eventId, :type, :accountId, :hash, :receivedAt)"
                + " on conflict (event_id) do nothing")
        .bind("eventId", event.eventId())
        .bind("type", event.type().wireName())
        .bind("accountId", event.accountId())
        .bind("hash", contentHash)
        .bind("receivedAt", receivedAt)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows == 1);
  }

  public Mono<String> contentHash(String eventId) {
    return db.sql("select content_hash from ledger_event where event_id = :eventId")
        .bind("eventId", eventId)
        .map(row -> row.get("content_hash", String.class))
        .one();
  }

  /** Notes the ledger version the event produced (events that change nothing keep null). */
  public Mono<Void> applied(String eventId, long ledgerVersion) {
    return db.sql("update ledger_event set ledger_version = :version where event_id = :eventId")
        .bind("version", ledgerVersion)
        .bind("eventId", eventId)
        .then();
  }
}
