package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.rules.AttemptOutcome;
import java.time.Instant;

/**
 * What one HTTP attempt gave.
 *
 * @param statusCode null when there was no response (timeout, connection error)
 * @param error why the attempt failed, for the client's and ops' eyes; null on success
 */
record AttemptResult(
    Instant attemptedAt,
    Integer statusCode,
    long latencyMs,
    String error,
    AttemptOutcome outcome) {}
