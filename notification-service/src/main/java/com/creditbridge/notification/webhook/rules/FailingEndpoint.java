package com.creditbridge.notification.webhook.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the service disables an endpoint, and the words it uses for it: once the endpoint answers
 * 410 Gone, or once it has gone {@code limit} (5 days by default) without a single successful
 * delivery. Its deliveries stop piling up retries, and the admins are told, so a dead CRM
 * integration is noticed rather than retried forever.
 *
 * @param limit how long an endpoint may fail without a success
 */
public record FailingEndpoint(Duration limit) {

  /** The endpoint's {@code disabledReason} after a 410 Gone. */
  public static final String GONE_REASON = "The endpoint answered 410 Gone.";

  /** What the admins are told after a 410 Gone. */
  public static final String GONE_ALERT = "it answered 410 Gone.";

  /**
   * @param failingSince the first failed attempt after the last success
   */
  public boolean shouldDisable(Instant failingSince, Instant now) {
    return failingSince != null && !failingSince.plus(limit).isAfter(now);
  }

  /**
   * The endpoint's {@code disabledReason} when it has failed for too long, or empty while it may
   * keep trying.
   *
   * @param failingSince the first failed attempt after the last success
   */
  public Optional<String> disabledReason(Instant failingSince, Instant now) {
    return shouldDisable(failingSince, now)
        ? Optional.of(
            "No delivery succeeded since " + failingSince + "; disabled after " + limit + ".")
        : Optional.empty();
  }

  /** What the admins are told when the endpoint was disabled for failing too long. */
  public String alert(String lastEventId) {
    return "no delivery succeeded for " + limit + " (last: " + lastEventId + ").";
  }
}
