package com.creditbridge.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.notification.webhook.rules.AttemptOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A delivery read while its attempt is being recorded shows either the state before or the state
 * after, never a mix. The recording transaction is held open (with a lock on the attempts table)
 * until the read is waiting on it, so the read is forced into the race a busy service meets by
 * chance: read in two statements, it saw {@code pending} next to the 204 that finished it.
 */
class DeliveryLogSnapshotTest extends NotificationIntegrationTest {

  private static final Instant AT = Instant.parse("2026-05-10T08:00:00Z");
  private static final Instant NEXT = AT.plus(5, ChronoUnit.MINUTES);

  @Autowired AttemptOutcomes outcomes;
  @Autowired DeliveryLog log;
  @Autowired TransactionalOperator transactions;

  private UUID endpointId;

  @BeforeEach
  void disabledEndpoint() {
    // disabled, so the worker never claims the deliveries this test writes by hand
    String id =
        http.post()
            .uri("/api/v1/webhook-endpoints")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("url", "http://127.0.0.1:9/snapshot"))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(tools.jackson.databind.JsonNode.class)
            .returnResult()
            .getResponseBody()
            .get("id")
            .asString();
    http.patch()
        .uri("/api/v1/webhook-endpoints/{id}", id)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("status", "disabled"))
        .exchange()
        .expectStatus()
        .isOk();
    endpointId = UUID.fromString(id);
  }

  @Test
  void aSuccessIsReadTogetherWithItsAttempt() throws Exception {
    ClaimedDelivery claimed = claimedDelivery();
    var ok =
        new AttemptResult(AT, 204, 12, null, AttemptOutcome.DELIVERED, false, Optional.empty());

    DeliveryLogEntry read =
        readWhileRecording(
            outcomes.deliveredAll(List.of(new DeliveryAttempts.Delivered(claimed, ok))), claimed);

    assertThat(read.status()).isEqualTo("delivered");
    assertThat(read.attempts())
        .extracting(DeliveryLogEntry.Attempt::statusCode)
        .containsExactly(204);
  }

  @Test
  void aRetryIsReadTogetherWithItsAttemptAndNextTime() throws Exception {
    ClaimedDelivery claimed = claimedDelivery();

    DeliveryLogEntry read =
        readWhileRecording(outcomes.retryAt(claimed, failure(), NEXT).then(), claimed);

    assertThat(read.status()).isEqualTo("pending");
    assertThat(read.nextAttemptAt()).isEqualTo(NEXT);
    assertThat(read.attempts())
        .extracting(DeliveryLogEntry.Attempt::nextRetryAt)
        .containsExactly(NEXT);
  }

  @Test
  void aFinalFailureIsReadTogetherWithItsAttempt() throws Exception {
    ClaimedDelivery claimed = claimedDelivery();

    DeliveryLogEntry read = readWhileRecording(outcomes.failed(claimed, failure()).then(), claimed);

    assertThat(read.status()).isEqualTo("failed");
    assertThat(read.attempts())
        .extracting(DeliveryLogEntry.Attempt::statusCode)
        .containsExactly(500);
  }

  private static AttemptResult failure() {
    return new AttemptResult(
        AT, 500, 12, "HTTP 500", AttemptOutcome.RETRY, false, Optional.empty());
  }

  /**
   * Records the attempt in a transaction that stays open until the read waits for it, then lets it
   * commit; returns what the read saw of the delivery.
   */
  private DeliveryLogEntry readWhileRecording(Mono<Void> recording, ClaimedDelivery claimed)
      throws Exception {
    CountDownLatch recorded = new CountDownLatch(1);
    CompletableFuture<Object> writer =
        db.sql("lock table webhook_attempt in access exclusive mode")
            .then()
            .then(recording)
            .then(Mono.fromRunnable(recorded::countDown))
            .then(
                Mono.fromRunnable(this::awaitAReaderBlocked)
                    .subscribeOn(Schedulers.boundedElastic()))
            .as(transactions::transactional)
            .toFuture();
    assertThat(recorded.await(30, TimeUnit.SECONDS)).as("recorded, not committed").isTrue();

    List<DeliveryLogEntry> page = log.page(endpointId, null, 10).block(Duration.ofSeconds(30));
    writer.get(30, TimeUnit.SECONDS);

    return page.stream().filter(d -> d.id().equals(claimed.id())).findFirst().orElseThrow();
  }

  /** Until a read waits for the lock on the attempts table (a writer would want another mode). */
  private void awaitAReaderBlocked() {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                        """
                        select count(*) from pg_locks l join pg_class c on c.oid = l.relation
                         where c.relname = 'webhook_attempt' and not l.granted
                           and l.mode = 'AccessShareLock'
                        """,
                        Map.of())
                    > 0);
  }

  /** A pending delivery of a new message, leased as if a worker had claimed it. */
  private ClaimedDelivery claimedDelivery() {
    String eventId = "evt-snapshot-" + UUID.randomUUID();
    UUID deliveryId = UUID.randomUUID();
    UUID leaseId = UUID.randomUUID();
    db.sql(
            """
            insert into notification_message
              (event_id, event_type, account_id, body, occurred_at, received_at)
            values (:eventId, 'credit.hold.placed', 'acc-snapshot', '{}', :at, :at)
            """)
        .bind("eventId", eventId)
        .bind("at", AT)
        .then()
        .block();
    db.sql(
            """
            insert into webhook_delivery
              (id, endpoint_id, event_id, status, attempts, next_attempt_at, lease_id, created_at)
            values (:id, :endpointId, :eventId, 'pending', 1, :leaseEnd, :leaseId, :at)
            """)
        .bind("id", deliveryId)
        .bind("endpointId", endpointId)
        .bind("eventId", eventId)
        .bind("leaseEnd", AT.plusSeconds(60))
        .bind("leaseId", leaseId)
        .bind("at", AT)
        .then()
        .block();
    return new ClaimedDelivery(
        deliveryId,
        endpointId,
        "http://127.0.0.1:9/snapshot",
        List.of("secret"),
        eventId,
        "{}",
        AT,
        1,
        leaseId);
  }
}
