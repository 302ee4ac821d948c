package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.DeliveryLogEntry.Attempt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads an endpoint's deliveries and their attempts, newest first. */
@Repository
class DeliveryLog {

  private final DatabaseClient db;

  DeliveryLog(DatabaseClient db) {
    this.db = db;
  }

  /** Up to {@code limit} deliveries after the cursor (exclusive), with their attempts. */
  Mono<List<DeliveryLogEntry>> page(UUID endpointId, PageCursor after, int limit) {
    String position = after == null ? "" : " and (d.created_at, d.id) < (:at, :afterId)";
    var spec =
        db.sql(
                """
                select d.id, d.event_id, m.event_type, d.status, d.created_at, d.finished_at,
                       case when d.status = 'pending' and d.lease_id is null
                            then d.next_attempt_at end as next_attempt_at
                  from webhook_delivery d join notification_message m on m.event_id = d.event_id
                 where d.endpoint_id = :endpointId
                """
                    + position
                    + " order by d.created_at desc, d.id desc limit :limit")
            .bind("endpointId", endpointId)
            .bind("limit", limit);
    if (after != null) {
      spec = spec.bind("at", after.at()).bind("afterId", after.id());
    }
    return spec.map(
            row ->
                new DeliveryLogEntry(
                    row.get("id", UUID.class),
                    row.get("event_id", String.class),
                    row.get("event_type", String.class),
                    row.get("status", String.class),
                    row.get("created_at", Instant.class),
                    row.get("next_attempt_at", Instant.class),
                    row.get("finished_at", Instant.class),
                    List.of()))
        .all()
        .collectList()
        .flatMap(this::withAttempts);
  }

  private Mono<List<DeliveryLogEntry>> withAttempts(List<DeliveryLogEntry> deliveries) {
    if (deliveries.isEmpty()) {
      return Mono.just(deliveries);
    }
    UUID[] ids = deliveries.stream().map(DeliveryLogEntry::id).toArray(UUID[]::new);
    return db.sql(
            """
            select delivery_id, attempt, attempted_at, status_code, latency_ms, error, next_retry_at
              from webhook_attempt where delivery_id = any(:ids)
             order by delivery_id, attempt, id
            """)
        .bind("ids", ids)
        .map(
            row ->
                Map.entry(
                    row.get("delivery_id", UUID.class),
                    new Attempt(
                        row.get("attempt", Integer.class),
                        row.get("attempted_at", Instant.class),
                        row.get("status_code", Integer.class),
                        row.get("latency_ms", Long.class),
                        row.get("error", String.class),
                        row.get("next_retry_at", Instant.class))))
        .all()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())))
        .map(
            attempts ->
                deliveries.stream()
                    .map(
                        d ->
                            new DeliveryLogEntry(
                                d.id(),
                                d.eventId(),
                                d.eventType(),
                                d.status(),
                                d.createdAt(),
                                d.nextAttemptAt(),
                                d.finishedAt(),
                                attempts.getOrDefault(d.id(), List.of())))
                    .toList());
  }
}
