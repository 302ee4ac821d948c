package com.creditbridge.notification.webhook.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * When an endpoint that keeps failing is disabled: once it has gone {@code limit} (5 days by
 * default) without a single successful delivery. Its deliveries stop piling up retries, and the
 * admins are told, so a dead CRM integration is noticed rather than retried forever.
 *
 * @param limit how long an endpoint may fail without a success
 */
public record FailingEndpoint(Duration limit) {

  /**
   * @param failingSince the first failed attempt after the last success
   */
  public boolean shouldDisable(Instant failingSince, Instant now) {
    return failingSince != null && !failingSince.plus(limit).isAfter(now);
  }
}
