package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.rules.AttemptOutcome;
import com.creditbridge.notification.webhook.rules.Backoff.Failure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one HTTP attempt gave.
 *
 * @param statusCode null when there was no response (timeout, connection error, refused address)
 * @param error why the attempt failed, for the client's and ops' eyes; null on success
 * @param timedOut no complete answer within the timeout
 * @param retryAfter the receiver's {@code Retry-After}, if it sent a readable one
 */
record AttemptResult(
    Instant attemptedAt,
    Integer statusCode,
    long latencyMs,
    String error,
    AttemptOutcome outcome,
    boolean timedOut,
    Optional<Duration> retryAfter) {

  Failure failure() {
    return new Failure(statusCode, timedOut, retryAfter);
  }
}
