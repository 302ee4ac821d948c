package com.creditbridge.notification.webhook;

import com.creditbridge.platform.problem.FieldProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The body of {@code POST /api/v1/webhook-endpoints/{id}/replay}.
 *
 * @param since an ISO-8601 instant: the events that happened at or after it are sent again
 */
record ReplayRequest(String since) {

  /** What is wrong with {@code since}, if anything: missing, not an instant, or in the future. */
  Optional<FieldProblem> problem(Instant now) {
    if (since == null || since.isBlank()) {
      return Optional.of(new FieldProblem("since", "is required"));
    }
    if (since.length() > 64) {
      return Optional.of(new FieldProblem("since", "must be an ISO-8601 instant"));
    }
    try {
      return Instant.parse(since).isAfter(now)
          ? Optional.of(new FieldProblem("since", "must not be in the future"))
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of(
          new FieldProblem("since", "must be an ISO-8601 instant, e.g. 2026-05-10T08:00:00Z"));
    }
  }

  /** The instant, once {@link #problem} found nothing wrong. */
  Instant sinceInstant() {
    return Instant.parse(since);
  }
}
