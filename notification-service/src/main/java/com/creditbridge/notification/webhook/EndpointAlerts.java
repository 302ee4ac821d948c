package com.creditbridge.notification.webhook;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the admins that the service disabled an endpoint. Always a warning in the log (and the
 * {@code creditbridge.webhook.endpoints.disabled} metric, counted by the caller); the addresses in
 * {@code creditbridge.webhooks.admin-emails} are named in it.
 */
@Component
class EndpointAlerts {

  private static final Logger log = LoggerFactory.getLogger(EndpointAlerts.class);

  private final List<String> adminEmails;

  EndpointAlerts(WebhooksProperties properties) {
    this.adminEmails = properties.adminEmails();
  }

  void disabled(UUID endpointId, String why) {
    // the URL may carry a token in its query: only the id is logged
    log.warn(
        "Webhook endpoint {} was disabled: {} Admins to tell: {}",
        endpointId,
        why,
        adminEmails.isEmpty() ? "none configured" : adminEmails);
  }
}
