package com.creditbridge.notification.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An endpoint as the API shows it.
 *
 * @param secret present only in the answer to its creation
 */
record WebhookEndpointView(
    UUID id,
    String url,
    String description,
    List<String> eventTypes,
    EndpointFilter filter,
    String status,
    @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
    Instant createdAt) {

  static WebhookEndpointView withoutSecret(WebhookEndpoint endpoint) {
    return new WebhookEndpointView(
        endpoint.id(),
        endpoint.url(),
        endpoint.description(),
        endpoint.eventTypes(),
        new EndpointFilter(endpoint.salesRepIds(), endpoint.segments()),
        endpoint.status(),
        null,
        endpoint.createdAt());
  }

  static WebhookEndpointView withSecret(WebhookEndpoint endpoint) {
    WebhookEndpointView view = withoutSecret(endpoint);
    return new WebhookEndpointView(
        view.id(),
        view.url(),
        view.description(),
        view.eventTypes(),
        view.filter(),
        view.status(),
        endpoint.secret(),
        view.createdAt());
  }
}
