package com.creditbridge.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One delivery of one message to the endpoint, with every attempt, as {@code GET
 * .../{id}/deliveries} shows it.
 *
 * @param status pending, delivered or failed
 * @param nextAttemptAt when a pending delivery is tried next; null while an attempt is under way
 */
record DeliveryLogEntry(
    UUID id,
    String eventId,
    String eventType,
    String status,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant finishedAt,
    List<Attempt> attempts) {

  /**
   * @param statusCode null without a response (timeout, connection error, refused address)
   * @param nextRetryAt when the next attempt was planned after this one failed; null if none
   */
  record Attempt(
      int attempt,
      Instant attemptedAt,
      Integer statusCode,
      long latencyMs,
      String error,
      Instant nextRetryAt) {}
}
