package com.creditbridge.platform.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Appends messages to the outbox table inside the caller's transaction. */
public class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  private final DatabaseClient db;
  private final OutboxTracing tracing;

  public Outbox(DatabaseClient db) {
    this(db, OutboxTracing.NONE);
  }

  public Outbox(DatabaseClient db, OutboxTracing tracing) {
    this.db = db;
    this.tracing = tracing;
  }

  public Mono<Void> append(OutboxMessage message) {
    return tracing
        .currentTraceparent()
        .flatMap(
            traceparent -> {
              var insert =
                  db.sql(
                          "insert into outbox_message"
                              + " (topic, message_key, event_id, event_type, payload, traceparent)"
                              + " values (:topic, :key, :eventId, :eventType, :payload, :traceparent)")
                      .bind("topic", message.topic())
                      .bind("key", message.key())
                      .bind("eventId", message.eventId())
                      .bind("eventType", message.eventType())
                      .bind("payload", message.payload());
              return traceparent
                  .map(value -> insert.bind("traceparent", value))
                  .orElseGet(() -> insert.bindNull("traceparent", String.class))
                  .then();
            })
        .doOnSuccess(
            done ->
                log.debug("Appended {} {} to the outbox", message.eventType(), message.eventId()));
  }
}
