package com.creditbridge.platform.outbox;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Appends messages to the outbox table inside the caller's transaction. */
public class Outbox {

  private final DatabaseClient db;

  public Outbox(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> append(OutboxMessage message) {
    return db.sql(
            "insert into outbox_message (topic, message_key, event_id, event_type, payload)"
                + " values (:topic, :key, :eventId, :eventType, :payload)")
        .bind("topic", message.topic())
        .bind("key", message.key())
        .bind("eventId", message.eventId())
        .bind("eventType", message.eventType())
        .bind("payload", message.payload())
        .then();
  }
}
