package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.DeliveryLogEntry.Attempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Reads an endpoint's deliveries and their attempts, newest first. One statement, so one snapshot:
 * read in two, a delivery could show {@code pending} next to the 2xx attempt that finished it,
 * committed between the two reads.
 */
@Repository
class DeliveryLog {

  private final DatabaseClient db;

  DeliveryLog(DatabaseClient db) {
    this.db = db;
  }

  /** One row: a delivery, and one of its attempts if it has any. */
  private record Row(DeliveryLogEntry delivery, Attempt attempt) {}

  /** Up to {@code limit} deliveries after the cursor (exclusive), with their attempts. */
  Mono<List<DeliveryLogEntry>> page(UUID endpointId, PageCursor after, int limit) {
    String position = after == null ? "" : " and (d.created_at, d.id) < (:at, :afterId)";
    var spec =
        db.sql(
                """
                with page as (
                  select d.id, d.event_id, m.event_type, d.status, d.created_at, d.finished_at,
                         case when d.status = 'pending' and d.lease_id is null
                              then d.next_attempt_at end as next_attempt_at
                    from webhook_delivery d join notification_message m on m.event_id = d.event_id
                   where d.endpoint_id = :endpointId
                """
                    + position
                    + """
                   order by d.created_at desc, d.id desc limit :limit)
                select p.*, a.attempt, a.attempted_at, a.status_code, a.latency_ms, a.error,
                       a.next_retry_at
                  from page p left join webhook_attempt a on a.delivery_id = p.id
                 order by p.created_at desc, p.id desc, a.attempt, a.id
                """)
            .bind("endpointId", endpointId)
            .bind("limit", limit);
    if (after != null) {
      spec = spec.bind("at", after.at()).bind("afterId", after.id());
    }
    return spec.map(
            row ->
                new Row(
                    new DeliveryLogEntry(
                        row.get("id", UUID.class),
                        row.get("event_id", String.class),
                        row.get("event_type", String.class),
                        row.get("status", String.class),
                        row.get("created_at", Instant.class),
                        row.get("next_attempt_at", Instant.class),
                        row.get("finished_at", Instant.class),
                        List.of()),
                    row.get("attempt", Integer.class) == null
                        ? null
                        : new Attempt(
                            row.get("attempt", Integer.class),
                            row.get("attempted_at", Instant.class),
                            row.get("status_code", Integer.class),
                            row.get("latency_ms", Long.class),
                            row.get("error", String.class),
                            row.get("next_retry_at", Instant.class))))
        .all()
        .collectList()
        .map(DeliveryLog::grouped);
  }

  /** The rows, in order, folded into one entry per delivery. */
  private static List<DeliveryLogEntry> grouped(List<Row> rows) {
    Map<UUID, DeliveryLogEntry> deliveries = new LinkedHashMap<>();
    Map<UUID, List<Attempt>> attempts = new LinkedHashMap<>();
    for (Row row : rows) {
      UUID id = row.delivery().id();
      deliveries.putIfAbsent(id, row.delivery());
      List<Attempt> list = attempts.computeIfAbsent(id, key -> new ArrayList<>());
      if (row.attempt() != null) {
        list.add(row.attempt());
      }
    }
    return deliveries.values().stream()
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
                    List.copyOf(attempts.get(d.id()))))
        .toList();
  }
}
