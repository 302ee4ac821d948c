package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.rules.InFlightLimits;
import com.creditbridge.notification.webhook.rules.InFlightLimits.Load;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/**
 * Takes due deliveries off the {@code webhook_delivery} table, a work queue that several replicas
 * share safely: each claimed delivery is leased to this replica until its attempt is recorded (see
 * {@link DeliveryAttempts}) or the lease runs out.
 */
@Repository
class DeliveryClaims {

  private final DatabaseClient db;
  private final TransactionalOperator transactions;

  DeliveryClaims(DatabaseClient db, TransactionalOperator transactions) {
    this.db = db;
    this.transactions = transactions;
  }

  /**
   * Leases due deliveries within the limits. The endpoints are locked (FOR NO KEY UPDATE, so new
   * deliveries can still reference them) while their in-flight count is read and their deliveries
   * claimed, so two replicas never both fill the same endpoint's slots; the deliveries themselves
   * are taken with SKIP LOCKED.
   */
  Flux<ClaimedDelivery> claim(
      Instant now, Duration lease, InFlightLimits limits, int inFlightHere) {
    if (inFlightHere >= limits.total()) {
      return Flux.empty();
    }
    UUID leaseId = UUID.randomUUID();
    Instant leaseEnd = now.plus(lease);
    return endpointsWithDueDeliveries(now)
        .collectList()
        .flatMapMany(
            endpoints -> {
              List<Load<UUID>> loads =
                  endpoints.stream().map(e -> new Load<>(e.id(), e.inFlight())).toList();
              Map<UUID, Integer> allotted = limits.allot(loads, inFlightHere);
              if (allotted.isEmpty()) {
                return Flux.<ClaimedDelivery>empty();
              }
              Map<UUID, DueEndpoint> byId = new HashMap<>();
              endpoints.forEach(e -> byId.put(e.id(), e));
              return claimFor(byId, allotted, now, leaseId, leaseEnd);
            })
        .collectList()
        .as(transactions::transactional)
        // handed out only once committed: a claim that rolled back must not be sent
        .flatMapIterable(claimed -> claimed);
  }

  private record DueEndpoint(UUID id, String url, List<String> secrets, int inFlight) {}

  private Flux<DueEndpoint> endpointsWithDueDeliveries(Instant now) {
    return db.sql(
            """
            select e.id, e.url, e.secret,
                   case when e.previous_secret_expires_at > :now then e.previous_secret end
                     as previous_secret,
                   (select count(*) from webhook_delivery f
                     where f.endpoint_id = e.id and f.status = 'pending'
                       and f.lease_id is not null and f.next_attempt_at > :now) as in_flight
              from webhook_endpoint e
             where e.status = 'enabled'
               and exists (select 1 from webhook_delivery d
                            where d.endpoint_id = e.id and d.status = 'pending'
                              and d.next_attempt_at <= :now)
             order by (select min(d.next_attempt_at) from webhook_delivery d
                        where d.endpoint_id = e.id and d.status = 'pending'
                          and d.next_attempt_at <= :now)
               for no key update of e skip locked
            """)
        .bind("now", now)
        .map(
            row ->
                new DueEndpoint(
                    row.get("id", UUID.class),
                    row.get("url", String.class),
                    secrets(
                        row.get("secret", String.class), row.get("previous_secret", String.class)),
                    row.get("in_flight", Long.class).intValue()))
        .all();
  }

  /** Claims the allotted number of due deliveries of every endpoint in one statement. */
  private Flux<ClaimedDelivery> claimFor(
      Map<UUID, DueEndpoint> endpoints,
      Map<UUID, Integer> allotted,
      Instant now,
      UUID leaseId,
      Instant leaseEnd) {
    return db.sql(
            """
            with wanted as (
              select * from unnest(cast(:endpointIds as uuid[]), cast(:counts as int[]))
                as w(endpoint_id, n)),
            due as (
              select d.id from wanted w cross join lateral (
                select id from webhook_delivery
                 where endpoint_id = w.endpoint_id and status = 'pending'
                   and next_attempt_at <= :now
                 order by next_attempt_at
                 limit w.n
                   for update skip locked) d),
            claimed as (
              update webhook_delivery d
                 set lease_id = :leaseId, next_attempt_at = :leaseEnd, attempts = d.attempts + 1
                from due
               where d.id = due.id
              returning d.id, d.endpoint_id, d.event_id, d.attempts)
            select c.id, c.endpoint_id, c.event_id, c.attempts, m.body, m.occurred_at
              from claimed c join notification_message m on m.event_id = c.event_id
            """)
        .bind("endpointIds", allotted.keySet().stream().map(UUID::toString).toArray(String[]::new))
        .bind("counts", allotted.values().toArray(Integer[]::new))
        .bind("now", now)
        .bind("leaseId", leaseId)
        .bind("leaseEnd", leaseEnd)
        .map(
            row -> {
              DueEndpoint endpoint = endpoints.get(row.get("endpoint_id", UUID.class));
              return new ClaimedDelivery(
                  row.get("id", UUID.class),
                  endpoint.id(),
                  endpoint.url(),
                  endpoint.secrets(),
                  row.get("event_id", String.class),
                  row.get("body", String.class),
                  row.get("occurred_at", Instant.class),
                  row.get("attempts", Integer.class),
                  leaseId);
            })
        .all();
  }

  private static List<String> secrets(String current, String previous) {
    return previous == null ? List.of(current) : List.of(current, previous);
  }
}
