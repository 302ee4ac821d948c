package com.creditbridge.platform.outbox;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import java.util.Objects;

/**
 * A message waiting to be published: written in the caller's transaction, published later by the
 * relay.
 *
 * @param key the Kafka record key, always the account id so one account's events stay in order
 */
public record OutboxMessage(
    String topic, String key, String eventId, String eventType, byte[] payload) {

  public OutboxMessage {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(payload, "payload");
  }

  /** A structured-mode CloudEvent keyed by its subject (the account id). */
  public static OutboxMessage of(String topic, CloudEvent<?> event) {
    return new OutboxMessage(
        topic, event.subject(), event.id(), event.type(), EventJson.encode(event));
  }
}
