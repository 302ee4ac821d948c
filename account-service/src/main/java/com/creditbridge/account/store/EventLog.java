package com.creditbridge.account.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The {@code ledger_event} table: which event ids were taken, and with what content. */
@Component
public class EventLog {

  private final DatabaseClient db;

  EventLog(DatabaseClient db) {
    this.db = db;
  }

  /** One taken event id. */
  public record Entry(
      String eventId,
      String type,
      String accountId,
      String contentHash,
      Long ledgerVersion,
      Instant receivedAt) {}

  /** The content hash of each of these event ids that was taken before. */
  public Mono<Map<String, String>> contentHashes(Collection<String> eventIds) {
    return db.sql(
            "select event_id, content_hash from ledger_event"
                + " where event_id = any(cast(:ids as varchar[]))")
        .bind("ids", eventIds.toArray(String[]::new))
        .map(
            row ->
                Map.entry(row.get("event_id", String.class), row.get("content_hash", String.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  /**
   * Records taken event ids. An id recorded meanwhile by a concurrent transaction (only possible
   * for another account, whose lock this one does not hold) is a {@link LostRace}.
   */
  public Mono<Void> record(Collection<Entry> entries) {
    BatchStatement insert =
        new BatchStatement(
            "insert into ledger_event (event_id, type, account_id, content_hash, ledger_version,"
                + " received_at) select e, t, a, h, cast(v as bigint), cast(r as timestamptz) from "
                + BatchStatement.rows("e", "t", "a", "h", "v", "r")
                + " on conflict (event_id) do nothing",
            6);
    entries.forEach(
        e ->
            insert.row(
                e.eventId(),
                e.type(),
                e.accountId(),
                e.contentHash(),
                e.ledgerVersion(),
                e.receivedAt()));
    return insert
        .execute(db)
        .flatMap(
            count ->
                count == entries.size()
                    ? Mono.empty()
                    : Mono.error(new LostRace("an event id was taken concurrently")));
  }
}
