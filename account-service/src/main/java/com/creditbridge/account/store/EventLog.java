package com.creditbridge.account.store;

import static com.creditbridge.platform.sql.UnnestBatch.bigint;
import static com.creditbridge.platform.sql.UnnestBatch.text;
import static com.creditbridge.platform.sql.UnnestBatch.timestamptz;

import com.creditbridge.platform.sql.UnnestBatch;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The {@code ledger_event} table: which event ids were taken, and with what content. */
@Component
public class EventLog {

  private static final UnnestBatch.Columns ENTRIES =
      UnnestBatch.columns(
          text("event_id"),
          text("type"),
          text("account_id"),
          text("content_hash"),
          bigint("ledger_version"),
          timestamptz("received_at"));

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
    UnnestBatch insert =
        ENTRIES.statement(
            ENTRIES.insertInto("ledger_event") + " on conflict (event_id) do nothing");
    entries.forEach(
        e ->
            insert
                .row()
                .set("event_id", e.eventId())
                .set("type", e.type())
                .set("account_id", e.accountId())
                .set("content_hash", e.contentHash())
                .set("ledger_version", e.ledgerVersion())
                .set("received_at", e.receivedAt())
                .add());
    return insert
        .execute(db)
        .flatMap(
            count ->
                count == entries.size()
                    ? Mono.empty()
                    : Mono.error(new LostRace("an event id was taken concurrently")));
  }
}
