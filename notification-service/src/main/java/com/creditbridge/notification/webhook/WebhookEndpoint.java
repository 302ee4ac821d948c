package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.rules.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A registered endpoint, as stored. */
record WebhookEndpoint(
    UUID id,
    String url,
    String description,
    List<String> eventTypes,
    List<String> salesRepIds,
    List<String> segments,
    String status,
    String secret,
    String disabledReason,
    Instant createdAt) {

  static final String ENABLED = "enabled";
  static final String DISABLED = "disabled";

  /** Without the secret: safe to log. */
  @Override
  public String toString() {
    return "WebhookEndpoint[id=" + id + ", status=" + status + "]";
  }

  Subscription subscription() {
    return new Subscription(Set.copyOf(eventTypes), Set.copyOf(salesRepIds), Set.copyOf(segments));
  }
}
