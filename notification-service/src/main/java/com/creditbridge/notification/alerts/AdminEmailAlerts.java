package com.creditbridge.notification.alerts;

import com.creditbridge.notification.email.EmailKind;
import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.OutgoingEmail;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.RenderedEmail;
import com.creditbridge.notification.webhook.EndpointAlerts;
import com.creditbridge.notification.webhook.WebhooksProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * Emails {@code creditbridge.webhooks.admin-emails} when an endpoint is disabled, once per endpoint
 * and disabling (the email key), through the same retried queue as every other email. The warning
 * in the log and the {@code creditbridge.webhook.endpoints.disabled} metric come first, so an SMTP
 * outage never hides the event.
 */
@Component
class AdminEmailAlerts implements EndpointAlerts {

  private static final Logger log = LoggerFactory.getLogger(AdminEmailAlerts.class);
  static final String TEMPLATE = "admin.webhook-endpoint-disabled";

  private final List<Mailbox> admins;
  private final Emails emails;

  AdminEmailAlerts(WebhooksProperties properties, Emails emails) {
    this.admins = properties.adminEmails().stream().map(a -> new Mailbox(null, a)).toList();
    this.emails = emails;
  }

  @Override
  public Mono<Void> disabled(UUID endpointId, String why, Instant at) {
    // the URL may carry a token in its query: only the id is logged or emailed
    log.warn(
        "Webhook endpoint {} was disabled: {} Admins to tell: {}",
        endpointId,
        why,
        admins.isEmpty() ? "none configured" : admins);
    if (admins.isEmpty()) {
      return Mono.empty();
    }
    String text =
        "CreditBridge disabled webhook endpoint "
            + endpointId
            + " because "
            + why
            + "\n\nDeliveries to it are paused. When the receiver works again, enable it with"
            + " POST /api/v1/webhook-endpoints/"
            + endpointId
            + "/enable and, if needed, replay what it missed with POST .../replay.\n";
    var email =
        new OutgoingEmail(
            "webhook-disabled:" + endpointId + ":" + at.toEpochMilli(),
            EmailKind.ADMIN,
            null,
            TEMPLATE,
            new Recipients(admins, List.of()),
            new RenderedEmail(
                "Webhook endpoint " + endpointId + " was disabled",
                text,
                "<p>" + HtmlUtils.htmlEscape(text).replace("\n", "<br>") + "</p>"));
    return emails
        .enqueue(email, at)
        .onErrorResume(
            e -> {
              log.warn(
                  "Could not plan the admin email for endpoint {}: {}", endpointId, e.toString());
              return Mono.empty();
            })
        .then();
  }
}
