package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.DeliveryAttempts.Delivered;
import com.creditbridge.notification.webhook.WebhookMetrics.DisabledCause;
import com.creditbridge.notification.webhook.WebhookMetrics.Outcome;
import com.creditbridge.notification.webhook.rules.Backoff;
import com.creditbridge.notification.webhook.rules.FailingEndpoint;
import com.creditbridge.platform.runtime.BackgroundLoop;
import com.creditbridge.platform.sql.GroupCommit;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends due webhook deliveries. It claims when woken (deliveries committed, an attempt finished)
 * and at each poll, only as many deliveries as it has free slots, and sends each one independently,
 * so a slow endpoint holds its own slots and nobody else's. A poll is skipped while all slots are
 * busy.
 */
@Component
class WebhookDeliveryWorker extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryWorker.class);

  private final DeliveryClaims claims;
  private final AttemptOutcomes outcomes;
  private final WebhookSender sender;
  private final WebhooksProperties properties;
  private final Backoff backoff;
  private final FailingEndpoint failing;
  private final WebhookMetrics metrics;
  private final EndpointAlerts alerts;
  private final Clock clock;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final DeliveryWakeUp wakeUp;
  // successes are the bulk: recorded many per transaction
  private final GroupCommit<Delivered> successes;

  WebhookDeliveryWorker(
      DeliveryClaims claims,
      AttemptOutcomes outcomes,
      WebhookSender sender,
      WebhooksProperties properties,
      WebhookMetrics metrics,
      EndpointAlerts alerts,
      DeliveryWakeUp wakeUp,
      Clock clock) {
    this.claims = claims;
    this.outcomes = outcomes;
    this.sender = sender;
    this.properties = properties;
    this.backoff = properties.backoff();
    this.failing = outcomes.failing();
    this.metrics = metrics;
    this.alerts = alerts;
    this.clock = clock;
    this.wakeUp = wakeUp;
    this.successes = new GroupCommit<>(outcomes::deliveredAll, properties.maxInFlight());
  }

  @Override
  protected Disposable begin() {
    // a poll, or a wake-up (new deliveries committed, slots freed); signals that come during a
    // claim are kept as one, so what they announced is claimed right after it
    return Flux.merge(
            Flux.interval(Duration.ZERO, properties.pollInterval()).map(tick -> Boolean.TRUE),
            wakeUp.signals())
        .onBackpressureLatest()
        .concatMap(tick -> claimDue(), 0)
        .flatMap(this::deliver, properties.maxInFlight())
        .subscribe();
  }

  private Flux<ClaimedDelivery> claimDue() {
    return claims
        .claim(clock.instant(), properties.lease(), properties.limits(), inFlight.get())
        .doOnNext(claimed -> inFlight.incrementAndGet())
        .onErrorResume(
            e -> {
              log.warn("Could not claim webhook deliveries; trying again at the next poll", e);
              return Flux.empty();
            });
  }

  private Mono<Void> deliver(ClaimedDelivery delivery) {
    return sender
        .attempt(delivery)
        .flatMap(result -> apply(delivery, result))
        .onErrorResume(
            e -> {
              // the lease runs out and the delivery is attempted again: nothing is lost
              log.warn("Could not record the outcome of webhook delivery {}", delivery.id(), e);
              return Mono.empty();
            })
        .doFinally(
            signal -> {
              inFlight.decrementAndGet();
              wakeUp.wake();
            });
  }

  private Mono<Void> apply(ClaimedDelivery delivery, AttemptResult result) {
    return switch (result.outcome()) {
      case DELIVERED ->
          successes
              .submit(new Delivered(delivery, result))
              .doOnSuccess(
                  done -> {
                    metrics.attempt(Outcome.SUCCESS);
                    metrics.delivered(
                        delivery.endpointId(),
                        Duration.between(delivery.occurredAt(), clock.instant()));
                  });
      case GONE ->
          outcomes
              .gone(delivery, result)
              .flatMap(
                  disabledNow -> {
                    metrics.attempt(Outcome.DISABLED);
                    if (!disabledNow) {
                      return Mono.<Void>empty();
                    }
                    metrics.disabled(DisabledCause.GONE);
                    return alerts.disabled(
                        delivery.endpointId(), FailingEndpoint.GONE_ALERT, clock.instant());
                  })
              .then();
      case RETRY ->
          backoff
              .after(delivery.attempt(), result.failure(), ThreadLocalRandom.current())
              .map(
                  delay ->
                      outcomes
                          .retryAt(delivery, result, result.attemptedAt().plus(delay))
                          .flatMap(
                              disabledNow -> {
                                metrics.attempt(Outcome.RETRY);
                                return failingTooLong(delivery, disabledNow);
                              }))
              .orElseGet(
                  () -> {
                    log.warn(
                        "Webhook delivery {} of event {} failed for good after {} attempts: {}",
                        delivery.id(),
                        delivery.eventId(),
                        delivery.attempt(),
                        result.error());
                    return outcomes
                        .failed(delivery, result)
                        .flatMap(
                            disabledNow -> {
                              metrics.attempt(Outcome.GAVE_UP);
                              return failingTooLong(delivery, disabledNow);
                            });
                  })
              .then();
    };
  }

  private Mono<Void> failingTooLong(ClaimedDelivery delivery, boolean disabledNow) {
    if (!disabledNow) {
      return Mono.empty();
    }
    metrics.disabled(DisabledCause.FAILING);
    return alerts.disabled(
        delivery.endpointId(), failing.alert(delivery.eventId()), clock.instant());
  }
}
