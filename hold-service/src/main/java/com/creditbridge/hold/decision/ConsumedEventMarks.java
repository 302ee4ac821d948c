package com.creditbridge.hold.decision;

import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The platform's {@code consumed_event} marks for a whole poll in one statement: one mark per event
 * ({@code ConsumedEvents.markConsumed}) cost a round trip each and was most of a poll's time. Same
 * table, same meaning; belongs in the platform's {@code ConsumedEvents} once it offers a batch.
 */
@Repository
class ConsumedEventMarks {

  private final DatabaseClient db;

  ConsumedEventMarks(DatabaseClient db) {
    this.db = db;
  }

  /** Marks the events consumed; returns the ids seen for the first time. */
  Flux<String> markConsumed(String topic, List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return Flux.empty();
    }
    return db.sql(
            "insert into consumed_event (topic, event_id)"
                + " select :topic, id from unnest(:ids::text[]) as id"
                + " on conflict do nothing returning event_id")
        .bind("topic", topic)
        .bind("ids", eventIds.toArray(String[]::new))
        .map(row -> row.get("event_id", String.class))
        .all();
  }
}
