package com.creditbridge.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery this replica has leased and is about to attempt.
 *
 * @param secrets the secrets that sign it: the current one, then a rotated-out one still valid
 * @param occurredAt when the event happened: the start of its delivery latency
 * @param attempt the number of this attempt, from 1
 * @param leaseId the claim; outcomes are recorded only while it still holds
 */
record ClaimedDelivery(
    UUID id,
    UUID endpointId,
    String url,
    List<String> secrets,
    String eventId,
    String body,
    Instant occurredAt,
    int attempt,
    UUID leaseId) {

  /** Without the secrets (nor the URL, which may carry a token): safe to log. */
  @Override
  public String toString() {
    return "ClaimedDelivery[id=" + id + ", endpointId=" + endpointId + ", attempt=" + attempt + "]";
  }
}
