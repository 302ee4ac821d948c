package com.creditbridge.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The statements that record attempts ({@code webhook_attempt}) and their effects on the leased
 * delivery and its endpoint. Every change to a delivery requires its lease still to hold, so an
 * attempt whose lease ran out changes nothing but its own record. Transactions are the caller's:
 * {@link AttemptOutcomes}.
 */
@Repository
class DeliveryAttempts {

  private final DatabaseClient db;

  DeliveryAttempts(DatabaseClient db) {
    this.db = db;
  }

  /** A 2xx to record. */
  record Delivered(ClaimedDelivery delivery, AttemptResult result) {}

  /**
   * 2xx answers, many at once in one statement (so atomic without a transaction around it: a single
   * round trip): each attempt is recorded, its delivery is done (if its lease still holds) and each
   * endpoint's failing streak ends.
   *
   * @return the deliveries finished; the others had lost their lease
   */
  Mono<Set<UUID>> deliveredAll(List<Delivered> batch) {
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
        .collect(Collectors.toSet());
  }

  private static String[] column(List<Delivered> batch, Function<Delivered, String> value) {
    return batch.stream().map(value).toArray(String[]::new);
  }

  /** Records a failed attempt (it happened, whatever else), with its retry time if any. */
  Mono<Void> insert(ClaimedDelivery delivery, AttemptResult result, Instant nextRetryAt) {
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
    return insert.then();
  }

  /**
   * Releases the lease until the next attempt.
   *
   * @return 0 when the lease had run out
   */
  Mono<Long> reschedule(ClaimedDelivery delivery, Instant nextAttemptAt) {
    return db.sql(
            """
            update webhook_delivery set next_attempt_at = :next, lease_id = null
             where id = :id and lease_id = :leaseId
            """)
        .bind("next", nextAttemptAt)
        .bind("id", delivery.id())
        .bind("leaseId", delivery.leaseId())
        .fetch()
        .rowsUpdated();
  }

  /**
   * Ends the delivery as failed.
   *
   * @return 0 when the lease had run out
   */
  Mono<Long> fail(ClaimedDelivery delivery, Instant at) {
    return db.sql(
            """
            update webhook_delivery
               set status = 'failed', next_attempt_at = null, lease_id = null, finished_at = :now
             where id = :id and lease_id = :leaseId
            """)
        .bind("now", at)
        .bind("id", delivery.id())
        .bind("leaseId", delivery.leaseId())
        .fetch()
        .rowsUpdated();
  }

  /**
   * Starts the endpoint's failing streak unless one is running.
   *
   * @return when the streak started; empty if the endpoint is gone
   */
  Mono<Instant> failingSince(UUID endpointId, Instant at) {
    return db.sql(
            """
            update webhook_endpoint set failing_since = coalesce(failing_since, :at)
             where id = :id
            returning failing_since
            """)
        .bind("at", at)
        .bind("id", endpointId)
        .map(row -> row.get("failing_since", Instant.class))
        .one();
  }

  /**
   * @return true when this disabled the endpoint (it was enabled)
   */
  Mono<Boolean> disable(UUID endpointId, String reason, Instant now) {
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
}
