package com.creditbridge.notification.message;

import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The {@code notification_message} table; joins the caller's transaction. */
@Repository
public class MessageStore {

  private final DatabaseClient db;

  MessageStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> store(NotificationMessage message, Instant receivedAt) {
    var spec =
        db.sql(
                """
                insert into notification_message
                  (event_id, event_type, account_id, body, occurred_at, received_at)
                values (:eventId, :eventType, :accountId, :body, :occurredAt, :receivedAt)
                """)
            .bind("eventId", message.eventId())
            .bind("eventType", message.eventType())
            .bind("body", message.body())
            .bind("occurredAt", message.occurredAt())
            .bind("receivedAt", receivedAt);
    spec =
        message.accountId() == null
            ? spec.bindNull("accountId", String.class)
            : spec.bind("accountId", message.accountId());
    return spec.then();
  }
}
