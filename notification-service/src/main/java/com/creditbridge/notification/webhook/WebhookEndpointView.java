package com.creditbridge.notification.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An endpoint as the API shows it.
 *
 * @param disabledReason why it is disabled (410 Gone, failing for days, the API); null if enabled
 * @param secret present only in the answer to its creation
 */
record WebhookEndpointView(
    UUID id,
    String url,
    String description,
    List<String> eventTypes,
    EndpointFilter filter,
    String status,
    String disabledReason,
    @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
    Instant createdAt) {

  static WebhookEndpointView withoutSecret(WebhookEndpoint endpoint) {
    return of(endpoint, null);
  }

  static WebhookEndpointView withSecret(WebhookEndpoint endpoint) {
    return of(endpoint, endpoint.secret());
  }

  private static WebhookEndpointView of(WebhookEndpoint endpoint, String secret) {
    return new WebhookEndpointView(
        endpoint.id(),
        endpoint.url(),
        endpoint.description(),
        endpoint.eventTypes(),
        new EndpointFilter(endpoint.salesRepIds(), endpoint.segments()),
        endpoint.status(),
        endpoint.status().equals(WebhookEndpoint.ENABLED) ? null : endpoint.disabledReason(),
        secret,
        endpoint.createdAt());
  }
}
