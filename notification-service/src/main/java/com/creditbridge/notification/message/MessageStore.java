package com.creditbridge.notification.message;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
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

  /** Stores many messages in one statement (a consumer's whole poll). */
  public Mono<Void> storeAll(List<NotificationMessage> batch, Instant receivedAt) {
    if (batch.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(
            """
            insert into notification_message
              (event_id, event_type, account_id, body, occurred_at, received_at)
            select m.event_id, m.event_type, m.account_id, m.body, m.occurred_at, :receivedAt
              from unnest(cast(:eventIds as text[]), cast(:eventTypes as text[]),
                          cast(:accountIds as text[]), cast(:bodies as text[]),
                          cast(:occurredAts as timestamptz[]))
                as m(event_id, event_type, account_id, body, occurred_at)
            """)
        .bind("eventIds", column(batch, NotificationMessage::eventId))
        .bind("eventTypes", column(batch, NotificationMessage::eventType))
        .bind("accountIds", column(batch, NotificationMessage::accountId))
        .bind("bodies", column(batch, NotificationMessage::body))
        .bind("occurredAts", column(batch, m -> m.occurredAt().toString()))
        .bind("receivedAt", receivedAt)
        .then();
  }

  private static String[] column(
      List<NotificationMessage> batch, Function<NotificationMessage, String> value) {
    return batch.stream().map(value).toArray(String[]::new);
  }
}
