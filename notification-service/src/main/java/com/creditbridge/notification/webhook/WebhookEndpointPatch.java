package com.creditbridge.notification.webhook;

import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code PATCH /api/v1/webhook-endpoints/{id}}: every field optional, an absent one
 * stays as it is; {@code filter} is replaced as a whole.
 *
 * @param status {@code enabled} or {@code disabled}
 */
record WebhookEndpointPatch(
    String url, String description, List<String> eventTypes, EndpointFilter filter, String status) {

  /** The endpoint as it would be, for the same validation as a creation. */
  WebhookEndpointRequest appliedTo(WebhookEndpoint endpoint) {
    return new WebhookEndpointRequest(
        url == null ? endpoint.url() : url,
        description == null ? endpoint.description() : description,
        eventTypes == null ? endpoint.eventTypes() : eventTypes,
        filter == null ? new EndpointFilter(endpoint.salesRepIds(), endpoint.segments()) : filter);
  }

  Optional<FieldProblem> statusProblem() {
    return status == null
            || status.equals(WebhookEndpoint.ENABLED)
            || status.equals(WebhookEndpoint.DISABLED)
        ? Optional.empty()
        : Optional.of(new FieldProblem("status", "must be enabled or disabled"));
  }
}
