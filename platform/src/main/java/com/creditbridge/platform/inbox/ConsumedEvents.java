package com.creditbridge.platform.inbox;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Remembers which events this service has applied, in the same transaction as their effect, so a
 * redelivered event changes nothing.
 */
public class ConsumedEvents {

  private final DatabaseClient db;

  public ConsumedEvents(DatabaseClient db) {
    this.db = db;
  }

  /** True the first time an event is seen, false on every redelivery. */
  public Mono<Boolean> markConsumed(String topic, String eventId) {
    return db.sql(
            "insert into consumed_event (topic, event_id) values (:topic, :eventId)"
                + " on conflict do nothing")
        .bind("topic", topic)
        .bind("eventId", eventId)
        .fetch()
        .rowsUpdated()
        .map(inserted -> inserted == 1);
  }
}
