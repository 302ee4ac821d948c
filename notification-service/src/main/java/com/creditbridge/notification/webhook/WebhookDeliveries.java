package com.creditbridge.notification.webhook;

import com.creditbridge.notification.message.NotificationMessage;
import com.creditbridge.notification.webhook.rules.Subscription.EventFacts;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Plans the webhook deliveries of a new message: one per enabled endpoint that wants it, due at
 * once. Joins the caller's transaction, so a message and its deliveries are stored together.
 */
@Component
public class WebhookDeliveries {

  private final WebhookEndpointRepository endpoints;
  private final DatabaseClient db;

  WebhookDeliveries(WebhookEndpointRepository endpoints, DatabaseClient db) {
    this.endpoints = endpoints;
    this.db = db;
  }

  /** The number of deliveries created. */
  public Mono<Long> schedule(NotificationMessage message, EventFacts facts, Instant now) {
    return endpoints
        .enabled()
        .filter(endpoint -> endpoint.subscription().matches(facts))
        .concatMap(
            endpoint ->
                db.sql(
                        """
                        insert into webhook_delivery
                          (id, endpoint_id, event_id, status, attempts, next_attempt_at, created_at)
                        values (:id, :endpointId, :eventId, 'pending', 0, :now, :now)
                        """)
                    .bind("id", UUID.randomUUID())
                    .bind("endpointId", endpoint.id())
                    .bind("eventId", message.eventId())
                    .bind("now", now)
                    .fetch()
                    .rowsUpdated())
        .count();
  }
}
