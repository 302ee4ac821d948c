package com.creditbridge.platform.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Remembers which events this service has applied, in the same transaction as their effect, so a
 * redelivered event changes nothing.
 */
public class ConsumedEvents {

  private static final Logger log = LoggerFactory.getLogger(ConsumedEvents.class);

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
        .map(inserted -> inserted == 1)
        .doOnNext(first -> log.debug("Consumed {} from {}; first time: {}", eventId, topic, first));
  }
}
