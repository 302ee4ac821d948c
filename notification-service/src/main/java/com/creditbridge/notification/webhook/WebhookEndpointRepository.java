package com.creditbridge.notification.webhook;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code webhook_endpoint} table. */
@Repository
class WebhookEndpointRepository {

  private static final String COLUMNS =
      "id, url, description, event_types, sales_rep_ids, segments, status, secret, disabled_reason,"
          + " created_at";

  private final DatabaseClient db;

  WebhookEndpointRepository(DatabaseClient db) {
    this.db = db;
  }

  Mono<Void> insert(WebhookEndpoint e) {
    var spec =
        db.sql(
                """
                insert into webhook_endpoint
                  (id, url, description, event_types, sales_rep_ids, segments, status, secret,
                   created_at, updated_at)
                values (:id, :url, :description, :eventTypes, :salesRepIds, :segments, :status,
                        :secret, :createdAt, :createdAt)
                """)
            .bind("id", e.id())
            .bind("url", e.url())
            .bind("eventTypes", e.eventTypes().toArray(String[]::new))
            .bind("salesRepIds", e.salesRepIds().toArray(String[]::new))
            .bind("segments", e.segments().toArray(String[]::new))
            .bind("status", e.status())
            .bind("secret", e.secret())
            .bind("createdAt", e.createdAt());
    spec =
        e.description() == null
            ? spec.bindNull("description", String.class)
            : spec.bind("description", e.description());
    return spec.then();
  }

  Mono<WebhookEndpoint> find(UUID id) {
    return db.sql(
            "select " + COLUMNS + " from webhook_endpoint where id = :id and deleted_at is null")
        .bind("id", id)
        .map(WebhookEndpointRepository::endpoint)
        .one();
  }

  /** Oldest first, after the given position (exclusive) when there is one. */
  Flux<WebhookEndpoint> page(Instant afterCreatedAt, UUID afterId, int limit) {
    if (afterCreatedAt == null) {
      return db.sql(
              "select "
                  + COLUMNS
                  + " from webhook_endpoint where deleted_at is null"
                  + " order by created_at, id limit :limit")
          .bind("limit", limit)
          .map(WebhookEndpointRepository::endpoint)
          .all();
    }
    return db.sql(
            "select "
                + COLUMNS
                + " from webhook_endpoint where deleted_at is null"
                + " and (created_at, id) > (:createdAt, :id)"
                + " order by created_at, id limit :limit")
        .bind("createdAt", afterCreatedAt)
        .bind("id", afterId)
        .bind("limit", limit)
        .map(WebhookEndpointRepository::endpoint)
        .all();
  }

  /** The endpoints that receive new events. */
  Flux<WebhookEndpoint> enabled() {
    return db.sql(
            "select "
                + COLUMNS
                + " from webhook_endpoint where status = 'enabled' and deleted_at is null")
        .map(WebhookEndpointRepository::endpoint)
        .all();
  }

  /** Url, description and subscription as given; false when there is no such endpoint. */
  Mono<Boolean> update(WebhookEndpoint e, Instant now) {
    var spec =
        db.sql(
                """
                update webhook_endpoint
                   set url = :url, description = :description, event_types = :eventTypes,
                       sales_rep_ids = :salesRepIds, segments = :segments, updated_at = :now
                 where id = :id and deleted_at is null
                """)
            .bind("id", e.id())
            .bind("url", e.url())
            .bind("eventTypes", e.eventTypes().toArray(String[]::new))
            .bind("salesRepIds", e.salesRepIds().toArray(String[]::new))
            .bind("segments", e.segments().toArray(String[]::new))
            .bind("now", now);
    spec =
        e.description() == null
            ? spec.bindNull("description", String.class)
            : spec.bind("description", e.description());
    return spec.fetch().rowsUpdated().map(n -> n > 0);
  }

  /**
   * Enables (a fresh start: the failing streak is forgotten, waiting deliveries go out) or disables
   * the endpoint; false when there is no such endpoint.
   */
  Mono<Boolean> setStatus(UUID id, boolean enabled, String disabledReason, Instant now) {
    var spec =
        db.sql(
                enabled
                    ? """
                      update webhook_endpoint
                         set status = 'enabled', disabled_reason = null, failing_since = null,
                             updated_at = :now
                       where id = :id and deleted_at is null
                      """
                    : """
                      update webhook_endpoint
                         set status = 'disabled', disabled_reason = :reason, updated_at = :now
                       where id = :id and deleted_at is null
                      """)
            .bind("id", id)
            .bind("now", now);
    if (!enabled) {
      spec = spec.bind("reason", disabledReason);
    }
    return spec.fetch().rowsUpdated().map(n -> n > 0);
  }

  /** The new secret signs from now on; the old one also signs until {@code previousUntil}. */
  Mono<Boolean> rotateSecret(UUID id, String secret, Instant previousUntil, Instant now) {
    return db.sql(
            """
            update webhook_endpoint
               set previous_secret = secret, previous_secret_expires_at = :until,
                   secret = :secret, updated_at = :now
             where id = :id and deleted_at is null
            """)
        .bind("id", id)
        .bind("secret", secret)
        .bind("until", previousUntil)
        .bind("now", now)
        .fetch()
        .rowsUpdated()
        .map(n -> n > 0);
  }

  /**
   * Removes the endpoint from the API and from delivery; its row and log stay for the notifications
   * list. Its waiting deliveries end as failed.
   */
  Mono<Boolean> delete(UUID id, Instant now) {
    return db.sql(
            """
            update webhook_endpoint
               set status = 'disabled', disabled_reason = 'Deleted.', deleted_at = :now,
                   secret = '', previous_secret = null, updated_at = :now
             where id = :id and deleted_at is null
            """)
        .bind("id", id)
        .bind("now", now)
        .fetch()
        .rowsUpdated()
        .flatMap(
            n ->
                n == 0
                    ? Mono.just(false)
                    : db.sql(
                            """
                            update webhook_delivery
                               set status = 'failed', next_attempt_at = null, lease_id = null,
                                   finished_at = :now
                             where endpoint_id = :id and status = 'pending'
                            """)
                        .bind("id", id)
                        .bind("now", now)
                        .fetch()
                        .rowsUpdated()
                        .thenReturn(true));
  }

  private static WebhookEndpoint endpoint(Readable row) {
    return new WebhookEndpoint(
        row.get("id", UUID.class),
        row.get("url", String.class),
        row.get("description", String.class),
        list(row.get("event_types", String[].class)),
        list(row.get("sales_rep_ids", String[].class)),
        list(row.get("segments", String[].class)),
        row.get("status", String.class),
        row.get("secret", String.class),
        row.get("disabled_reason", String.class),
        row.get("created_at", Instant.class));
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : Arrays.asList(values);
  }
}
