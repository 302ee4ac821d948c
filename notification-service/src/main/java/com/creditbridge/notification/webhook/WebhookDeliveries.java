package com.creditbridge.notification.webhook;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.contracts.ReviewEventType;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.StoredHoldEvents;
import com.creditbridge.notification.message.MessageStore;
import com.creditbridge.notification.message.NotificationMessage;
import com.creditbridge.notification.webhook.rules.Subscription;
import com.creditbridge.notification.webhook.rules.Subscription.EventFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Plans webhook deliveries, due at once: for a new message, one per enabled endpoint that wants it;
 * for a ping or a replay, to one endpoint. Joins the caller's transaction, so a message and its
 * deliveries are stored together.
 */
@Component
public class WebhookDeliveries {

  private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);
  private static final String SOURCE = "/creditbridge/notification-service";

  private final WebhookEndpointRepository endpoints;
  private final MessageStore messages;
  private final DatabaseClient db;

  private final DeliveryWakeUp wakeUp;

  WebhookDeliveries(
      WebhookEndpointRepository endpoints,
      MessageStore messages,
      DatabaseClient db,
      DeliveryWakeUp wakeUp) {
    this.endpoints = endpoints;
    this.messages = messages;
    this.db = db;
    this.wakeUp = wakeUp;
  }

  /** Call once the deliveries are committed: the worker sends them now rather than at its poll. */
  public void committed() {
    wakeUp.wake();
  }

  /** A stored message and what endpoint filters match it on. */
  public record Planned(NotificationMessage message, EventFacts facts) {}

  /**
   * Plans the deliveries of many messages at once (a consumer's whole poll): the endpoints are read
   * once and the deliveries written in one statement.
   *
   * @return the number of deliveries created
   */
  public Mono<Long> scheduleAll(List<Planned> planned, Instant now) {
    if (planned.isEmpty()) {
      return Mono.just(0L);
    }
    return endpoints
        .enabled()
        .collectList()
        .flatMap(
            enabled -> {
              List<String> endpointIds = new ArrayList<>();
              List<String> eventIds = new ArrayList<>();
              for (Planned p : planned) {
                for (WebhookEndpoint endpoint : enabled) {
                  if (endpoint.subscription().matches(p.facts())) {
                    endpointIds.add(endpoint.id().toString());
                    eventIds.add(p.message().eventId());
                  }
                }
              }
              if (eventIds.isEmpty()) {
                return Mono.just(0L);
              }
              String[] ids =
                  eventIds.stream().map(e -> UUID.randomUUID().toString()).toArray(String[]::new);
              // with the NOTIFY that wakes other replicas' workers at commit
              return db.sql(
                      """
                      with planned as (
                      insert into webhook_delivery
                        (id, endpoint_id, event_id, status, attempts, next_attempt_at, created_at)
                      select d.id, d.endpoint_id, d.event_id, 'pending', 0, :now, :now
                        from unnest(cast(:ids as uuid[]), cast(:endpointIds as uuid[]),
                                    cast(:eventIds as text[])) as d(id, endpoint_id, event_id)
                      returning 1)
                      select count(*) as created, pg_notify('%s', '') from planned
                      """
                          .formatted(DeliveryWakeUp.CHANNEL))
                  .bind("ids", ids)
                  .bind("endpointIds", endpointIds.toArray(String[]::new))
                  .bind("eventIds", eventIds.toArray(String[]::new))
                  .bind("now", now)
                  .map(row -> row.get("created", Long.class))
                  .one();
            });
  }

  /** What endpoint filters match a hold event on. */
  public static EventFacts facts(String type, HoldChange data) {
    return new EventFacts(
        type, data.salesRep() == null ? null : data.salesRep().id(), data.segment());
  }

  /** The number of deliveries created. */
  public Mono<Long> schedule(NotificationMessage message, EventFacts facts, Instant now) {
    return endpoints
        .enabled()
        .filter(endpoint -> endpoint.subscription().matches(facts))
        .concatMap(endpoint -> insert(endpoint.id(), message.eventId(), now))
        .count();
  }

  /** Stores a {@code creditbridge.ping} message for the endpoint and its delivery. */
  Mono<PingSent> ping(UUID endpointId, Instant now) {
    String eventId = "ping-" + UUID.randomUUID();
    CloudEvent<Map<String, String>> event =
        CloudEvent.of(
            eventId,
            SOURCE,
            WebhookEvents.PING,
            endpointId.toString(),
            now,
            Map.of(
                "endpointId",
                endpointId.toString(),
                "message",
                "A test from CreditBridge: this endpoint receives and verifies webhooks."));
    var message =
        new NotificationMessage(
            eventId, WebhookEvents.PING, null, EventJson.encodeToString(event), now);
    return messages
        .store(message, now)
        .then(insert(endpointId, eventId, now))
        .map(deliveryId -> new PingSent(eventId, deliveryId));
  }

  /** The answer to a ping: what the endpoint will receive. */
  record PingSent(String eventId, UUID deliveryId) {}

  /**
   * Sends the endpoint again every hold event that happened at or after {@code since} and that it
   * subscribes to now, oldest first: new deliveries of the same messages (same {@code webhook-id},
   * so receivers that saw one already can tell). At most {@code max} per call.
   *
   * @return how many were replayed, and where to continue when {@code max} was reached
   */
  Mono<Replayed> replay(WebhookEndpoint endpoint, Instant since, int max, Instant now) {
    Subscription subscription = endpoint.subscription();
    return db.sql(
            """
            select event_id, event_type, body, occurred_at from notification_message
             where occurred_at >= :since and event_type <> :ping
             order by occurred_at, event_id
             limit :limit
            """)
        .bind("since", since)
        .bind("ping", WebhookEvents.PING)
        .bind("limit", max + 1)
        .map(
            row ->
                new Stored(
                    row.get("event_id", String.class),
                    row.get("event_type", String.class),
                    row.get("body", String.class),
                    row.get("occurred_at", Instant.class)))
        .all()
        .collectList()
        .flatMap(
            rows -> {
              List<Stored> batch = rows.size() > max ? rows.subList(0, max) : rows;
              Instant next = rows.size() > max ? rows.get(max).occurredAt() : null;
              return Flux.fromIterable(batch)
                  .filter(m -> facts(m).map(subscription::matches).orElse(false))
                  .concatMap(m -> insert(endpoint.id(), m.eventId(), now))
                  .count()
                  .map(count -> new Replayed(count, next));
            });
  }

  /**
   * @param nextSince where to continue when the replay was cut at its maximum; null when done
   */
  record Replayed(long replayed, Instant nextSince) {}

  private record Stored(String eventId, String eventType, String body, Instant occurredAt) {}

  private static Optional<EventFacts> facts(Stored message) {
    boolean review = ReviewEventType.fromWireName(message.eventType()).isPresent();
    if (!review && HoldEventType.fromWireName(message.eventType()).isEmpty()) {
      return Optional.empty();
    }
    try {
      if (review) {
        return Optional.of(
            new EventFacts(
                message.eventType(), StoredHoldEvents.reviewSalesRepId(message.body()), null));
      }
      return Optional.of(facts(message.eventType(), StoredHoldEvents.change(message.body())));
    } catch (RuntimeException e) {
      log.warn("Stored message {} is not a readable hold event; not replayed", message.eventId());
      return Optional.empty();
    }
  }

  private Mono<UUID> insert(UUID endpointId, String eventId, Instant now) {
    UUID id = UUID.randomUUID();
    return db.sql(
            """
            insert into webhook_delivery
              (id, endpoint_id, event_id, status, attempts, next_attempt_at, created_at)
            values (:id, :endpointId, :eventId, 'pending', 0, :now, :now)
            """)
        .bind("id", id)
        .bind("endpointId", endpointId)
        .bind("eventId", eventId)
        .bind("now", now)
        .then()
        .thenReturn(id);
  }
}
