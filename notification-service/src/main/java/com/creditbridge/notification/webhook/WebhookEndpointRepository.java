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
      "id, url, description, event_types, sales_rep_ids, segments, status, secret, created_at";

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
    return db.sql("select " + COLUMNS + " from webhook_endpoint where id = :id")
        .bind("id", id)
        .map(WebhookEndpointRepository::endpoint)
        .one();
  }

  /** Oldest first, after the given position (exclusive) when there is one. */
  Flux<WebhookEndpoint> page(Instant afterCreatedAt, UUID afterId, int limit) {
    if (afterCreatedAt == null) {
      return db.sql(
              "select " + COLUMNS + " from webhook_endpoint order by created_at, id limit :limit")
          .bind("limit", limit)
          .map(WebhookEndpointRepository::endpoint)
          .all();
    }
    return db.sql(
            "select "
                + COLUMNS
                + " from webhook_endpoint where (created_at, id) > (:createdAt, :id)"
                + " order by created_at, id limit :limit")
        .bind("createdAt", afterCreatedAt)
        .bind("id", afterId)
        .bind("limit", limit)
        .map(WebhookEndpointRepository::endpoint)
        .all();
  }

  /** The endpoints that receive new events. */
  Flux<WebhookEndpoint> enabled() {
    return db.sql("select " + COLUMNS + " from webhook_endpoint where status = 'enabled'")
        .map(WebhookEndpointRepository::endpoint)
        .all();
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
        row.get("created_at", Instant.class));
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : Arrays.asList(values);
  }
}
