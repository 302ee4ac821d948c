package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.DeliveryAttempts.Delivered;
import com.creditbridge.notification.webhook.rules.FailingEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Applies the outcome of an attempt: the attempt is recorded, the delivery is done, failed or
 * rescheduled, and the endpoint's failing streak ends, grows or (by {@link FailingEndpoint})
 * disables it, all in one transaction.
 */
@Service
class AttemptOutcomes {

  private static final Logger log = LoggerFactory.getLogger(AttemptOutcomes.class);

  private final DeliveryAttempts attempts;
  private final TransactionalOperator transactions;
  private final FailingEndpoint failing;

  AttemptOutcomes(
      DeliveryAttempts attempts,
      TransactionalOperator transactions,
      WebhooksProperties properties) {
    this.attempts = attempts;
    this.transactions = transactions;
    this.failing = new FailingEndpoint(properties.disableAfterFailing());
  }

  FailingEndpoint failing() {
    return failing;
  }

  /** 2xx answers, many at once in one statement. */
  Mono<Void> deliveredAll(List<Delivered> batch) {
    return attempts
        .deliveredAll(batch)
        .doOnNext(finished -> warnLostLeases(batch, finished))
        .then();
  }

  private static void warnLostLeases(List<Delivered> batch, Set<?> finished) {
    for (Delivered d : batch) {
      if (!finished.contains(d.delivery().id())) {
        warnLostLease(d.delivery(), d.result());
      }
    }
  }

  /**
   * A failure with attempts left.
   *
   * @return true when the endpoint has now failed for too long and was disabled by this attempt
   */
  Mono<Boolean> retryAt(ClaimedDelivery delivery, AttemptResult result, Instant nextAttemptAt) {
    return attempts
        .insert(delivery, result, nextAttemptAt)
        .then(leased(delivery, result, attempts.reschedule(delivery, nextAttemptAt)))
        .then(failingStreak(delivery, result.attemptedAt()))
        .as(transactions::transactional);
  }

  /**
   * The last attempt failed: the delivery ends as failed.
   *
   * @return true when the endpoint has now failed for too long and was disabled by this attempt
   */
  Mono<Boolean> failed(ClaimedDelivery delivery, AttemptResult result) {
    return attempts
        .insert(delivery, result, null)
        .then(leased(delivery, result, attempts.fail(delivery, result.attemptedAt())))
        .then(failingStreak(delivery, result.attemptedAt()))
        .as(transactions::transactional);
  }

  /**
   * 410 Gone: this delivery ends and the endpoint is disabled; its other deliveries wait.
   *
   * @return true when this attempt disabled the endpoint (not already disabled)
   */
  Mono<Boolean> gone(ClaimedDelivery delivery, AttemptResult result) {
    return attempts
        .insert(delivery, result, null)
        .then(leased(delivery, result, attempts.fail(delivery, result.attemptedAt())))
        .then(
            attempts.disable(
                delivery.endpointId(), FailingEndpoint.GONE_REASON, result.attemptedAt()))
        .as(transactions::transactional);
  }

  private Mono<Boolean> failingStreak(ClaimedDelivery delivery, Instant at) {
    return attempts
        .failingSince(delivery.endpointId(), at)
        .flatMap(
            since ->
                failing
                    .disabledReason(since, at)
                    .map(reason -> attempts.disable(delivery.endpointId(), reason, at))
                    .orElseGet(() -> Mono.just(false)))
        .defaultIfEmpty(false);
  }

  private static Mono<Void> leased(
      ClaimedDelivery delivery, AttemptResult result, Mono<Long> effect) {
    return effect
        .doOnNext(
            updated -> {
              if (updated == 0) {
                warnLostLease(delivery, result);
              }
            })
        .then();
  }

  // the lease ran out (a very slow attempt): another attempt owns the delivery now
  private static void warnLostLease(ClaimedDelivery delivery, AttemptResult result) {
    log.warn(
        "Lease lost on webhook delivery {} (attempt {}); outcome {} not applied",
        delivery.id(),
        delivery.attempt(),
        result.outcome());
  }
}
