package com.creditbridge.notification.webhook;

import com.creditbridge.notification.retry.RetrySchedule;
import com.creditbridge.platform.runtime.BackgroundLoop;
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
 * Sends due webhook deliveries. It polls often (a hold should reach the CRM within seconds), claims
 * only as many deliveries as it has free slots, and sends each one independently, so a slow
 * endpoint holds its own slots and nobody else's. A poll is skipped while all slots are busy.
 */
@Component
class WebhookDeliveryWorker extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryWorker.class);

  private final DeliveryQueue queue;
  private final WebhookSender sender;
  private final WebhooksProperties properties;
  private final RetrySchedule schedule;
  private final Clock clock;
  private final AtomicInteger inFlight = new AtomicInteger();

  WebhookDeliveryWorker(
      DeliveryQueue queue, WebhookSender sender, WebhooksProperties properties, Clock clock) {
    this.queue = queue;
    this.sender = sender;
    this.properties = properties;
    this.schedule = properties.schedule();
    this.clock = clock;
  }

  @Override
  protected Disposable begin() {
    return Flux.interval(Duration.ZERO, properties.pollInterval())
        .onBackpressureDrop()
        .concatMap(tick -> claimDue(), 0)
        .flatMap(this::deliver, properties.maxInFlight())
        .subscribe();
  }

  private Flux<ClaimedDelivery> claimDue() {
    return queue
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
        .flatMap(
            result ->
                switch (result.outcome()) {
                  case DELIVERED -> queue.delivered(delivery, result);
                  case GONE -> {
                    log.warn(
                        "Webhook endpoint {} answered 410 Gone; it is disabled",
                        delivery.endpointId());
                    yield queue.gone(delivery, result);
                  }
                  case RETRY ->
                      schedule
                          .delayAfter(delivery.attempt(), ThreadLocalRandom.current())
                          .map(
                              delay ->
                                  queue.retryAt(delivery, result, result.attemptedAt().plus(delay)))
                          .orElseGet(
                              () -> {
                                log.warn(
                                    "Webhook delivery {} of event {} failed for good after {}"
                                        + " attempts: {}",
                                    delivery.id(),
                                    delivery.eventId(),
                                    delivery.attempt(),
                                    result.error());
                                return queue.failed(delivery, result);
                              });
                })
        .onErrorResume(
            e -> {
              // the lease runs out and the delivery is attempted again: nothing is lost
              log.warn("Could not record the outcome of webhook delivery {}", delivery.id(), e);
              return Mono.empty();
            })
        .doFinally(signal -> inFlight.decrementAndGet());
  }
}
