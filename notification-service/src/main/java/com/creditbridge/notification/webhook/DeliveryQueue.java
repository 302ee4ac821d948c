package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.rules.FailingEndpoint;
import com.creditbridge.notification.webhook.rules.InFlightLimits;
import com.creditbridge.notification.webhook.rules.InFlightLimits.Load;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code webhook_delivery} and {@code webhook_attempt} tables seen as a work queue that several
 * replicas share safely.
 */
@Repository
class DeliveryQueue {

  private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

  private final DatabaseClient db;
  private final TransactionalOperator transactions;

  DeliveryQueue(DatabaseClient db, TransactionalOperator transactions) {
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

  /** A 2xx to record. */
  record Delivered(ClaimedDelivery delivery, AttemptResult result) {}

  /**
   * 2xx answers, many at once in one transaction: each attempt is recorded, its delivery is done
   * (if its lease still holds) and each endpoint's failing streak ends.
   */
  Mono<Void> deliveredAll(List<Delivered> batch) {
    // one statement, so atomic without a transaction around it: a single round trip
    return db.sql(
            """
            with u as (
              select * from unnest(cast(:ids as uuid[]), cast(:leases as uuid[]),
                                   cast(:endpointIds as uuid[]), cast(:attempts as int[]),
                                   cast(:at as timestamptz[]), cast(:codes as int[]),
                                   cast(:latencies as bigint[]))
                as u(id, lease_id, endpoint_id, attempt, at, code, latency)),
            attempts as (
              insert into webhook_attempt
                (delivery_id, attempt, attempted_at, status_code, latency_ms)
              select id, attempt, at, code, latency from u),
            succeeded as (
              update webhook_endpoint e set failing_since = null, last_success_at = s.at
                from (select endpoint_id, max(at) as at from u group by endpoint_id) s
               where e.id = s.endpoint_id),
            finished as (
              update webhook_delivery d
                 set status = 'delivered', next_attempt_at = null, lease_id = null,
                     finished_at = u.at
                from u
               where d.id = u.id and d.lease_id = u.lease_id
              returning d.id)
            select id from finished
            """)
        .bind("ids", column(batch, d -> d.delivery().id().toString()))
        .bind("leases", column(batch, d -> d.delivery().leaseId().toString()))
        .bind("endpointIds", column(batch, d -> d.delivery().endpointId().toString()))
        .bind("attempts", batch.stream().map(d -> d.delivery().attempt()).toArray(Integer[]::new))
        .bind("at", column(batch, d -> d.result().attemptedAt().toString()))
        .bind("codes", batch.stream().map(d -> d.result().statusCode()).toArray(Integer[]::new))
        .bind("latencies", batch.stream().map(d -> d.result().latencyMs()).toArray(Long[]::new))
        .map(row -> row.get("id", UUID.class))
        .all()
        .collect(Collectors.toSet())
        .doOnNext(finished -> warnLostLeases(batch, finished))
        .then();
  }

  private static String[] column(List<Delivered> batch, Function<Delivered, String> value) {
    return batch.stream().map(value).toArray(String[]::new);
  }

  private static void warnLostLeases(List<Delivered> batch, Set<UUID> finished) {
    for (Delivered d : batch) {
      if (!finished.contains(d.delivery().id())) {
        // the lease ran out (a very slow attempt): another attempt owns the delivery now
        log.warn(
            "Lease lost on webhook delivery {} (attempt {}); outcome {} not applied",
            d.delivery().id(),
            d.delivery().attempt(),
            d.result().outcome());
      }
    }
  }

  /**
   * A failure with attempts left.
   *
   * @return true when the endpoint has now failed for too long and was disabled by this attempt
   */
  Mono<Boolean> retryAt(
      ClaimedDelivery delivery,
      AttemptResult result,
      Instant nextAttemptAt,
      FailingEndpoint failing) {
    Mono<Long> reschedule =
        db.sql(
                """
                update webhook_delivery set next_attempt_at = :next, lease_id = null
                 where id = :id and lease_id = :leaseId
                """)
            .bind("next", nextAttemptAt)
            .bind("id", delivery.id())
            .bind("leaseId", delivery.leaseId())
            .fetch()
            .rowsUpdated();
    return record(delivery, result, nextAttemptAt, reschedule)
        .then(failingStreak(delivery.endpointId(), result.attemptedAt(), failing))
        .as(transactions::transactional);
  }

  /**
   * The last attempt failed: the delivery ends as failed.
   *
   * @return true when the endpoint has now failed for too long and was disabled by this attempt
   */
  Mono<Boolean> failed(ClaimedDelivery delivery, AttemptResult result, FailingEndpoint failing) {
    return record(delivery, result, null, finish(delivery, "failed", result.attemptedAt()))
        .then(failingStreak(delivery.endpointId(), result.attemptedAt(), failing))
        .as(transactions::transactional);
  }

  /**
   * 410 Gone: this delivery ends and the endpoint is disabled; its other deliveries wait.
   *
   * @return true when this attempt disabled the endpoint (not already disabled)
   */
  Mono<Boolean> gone(ClaimedDelivery delivery, AttemptResult result) {
    return record(delivery, result, null, finish(delivery, "failed", result.attemptedAt()))
        .then(
            disable(delivery.endpointId(), "The endpoint answered 410 Gone.", result.attemptedAt()))
        .as(transactions::transactional);
  }

  private Mono<Boolean> failingStreak(UUID endpointId, Instant at, FailingEndpoint failing) {
    return db.sql(
            """
            update webhook_endpoint set failing_since = coalesce(failing_since, :at)
             where id = :id
            returning failing_since
            """)
        .bind("at", at)
        .bind("id", endpointId)
        .map(row -> row.get("failing_since", Instant.class))
        .one()
        .flatMap(
            since ->
                failing.shouldDisable(since, at)
                    ? disable(
                        endpointId,
                        "No delivery succeeded since "
                            + since
                            + "; disabled after "
                            + failing.limit()
                            + ".",
                        at)
                    : Mono.just(false))
        .defaultIfEmpty(false);
  }

  private Mono<Boolean> disable(UUID endpointId, String reason, Instant now) {
    return db.sql(
            """
            update webhook_endpoint
               set status = 'disabled', disabled_reason = :reason, updated_at = :now
             where id = :id and status = 'enabled'
            """)
        .bind("reason", reason)
        .bind("now", now)
        .bind("id", endpointId)
        .fetch()
        .rowsUpdated()
        .map(n -> n > 0);
  }

  private Mono<Long> finish(ClaimedDelivery delivery, String status, Instant now) {
    return db.sql(
            """
            update webhook_delivery
               set status = :status, next_attempt_at = null, lease_id = null, finished_at = :now
             where id = :id and lease_id = :leaseId
            """)
        .bind("status", status)
        .bind("now", now)
        .bind("id", delivery.id())
        .bind("leaseId", delivery.leaseId())
        .fetch()
        .rowsUpdated();
  }

  /** Records the attempt (it happened, whatever else) and applies its effect on the delivery. */
  private Mono<Void> record(
      ClaimedDelivery delivery, AttemptResult result, Instant nextRetryAt, Mono<Long> effect) {
    var insert =
        db.sql(
                """
                insert into webhook_attempt
                  (delivery_id, attempt, attempted_at, status_code, latency_ms, error, next_retry_at)
                values (:deliveryId, :attempt, :attemptedAt, :statusCode, :latencyMs, :error, :next)
                """)
            .bind("deliveryId", delivery.id())
            .bind("attempt", delivery.attempt())
            .bind("attemptedAt", result.attemptedAt())
            .bind("latencyMs", result.latencyMs());
    insert =
        result.statusCode() == null
            ? insert.bindNull("statusCode", Integer.class)
            : insert.bind("statusCode", result.statusCode());
    insert =
        result.error() == null
            ? insert.bindNull("error", String.class)
            : insert.bind("error", result.error());
    insert =
        nextRetryAt == null
            ? insert.bindNull("next", Instant.class)
            : insert.bind("next", nextRetryAt);
    return insert
        .then()
        .then(effect)
        .doOnNext(
            updated -> {
              if (updated == 0) {
                // the lease ran out (a very slow attempt): another attempt owns the delivery now
                log.warn(
                    "Lease lost on webhook delivery {} (attempt {}); outcome {} not applied",
                    delivery.id(),
                    delivery.attempt(),
                    result.outcome());
              }
            })
        .then()
        .as(transactions::transactional);
  }
}
