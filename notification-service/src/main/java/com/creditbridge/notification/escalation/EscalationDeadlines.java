package com.creditbridge.notification.escalation;

import com.creditbridge.platform.runtime.BackgroundLoop;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Checks escalation deadlines against the clock every poll interval; an overdue escalation is
 * marked and its manager email planned in one transaction, so it happens exactly once.
 */
@Component
class EscalationDeadlines extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(EscalationDeadlines.class);
  private static final int BATCH = 50;

  private final Escalations escalations;
  private final TransactionalOperator transactions;
  private final EscalationProperties properties;
  private final Clock clock;

  EscalationDeadlines(
      Escalations escalations,
      TransactionalOperator transactions,
      EscalationProperties properties,
      Clock clock) {
    this.escalations = escalations;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  protected Disposable begin() {
    return Flux.interval(Duration.ZERO, properties.pollInterval())
        .onBackpressureDrop()
        .concatMap(tick -> checkNow(), 0)
        .subscribe();
  }

  /** One check; the number escalated. */
  Mono<Integer> checkNow() {
    return escalations
        .escalateDue(clock.instant(), BATCH)
        .as(transactions::transactional)
        .doOnNext(
            n -> {
              if (n > 0) {
                log.info("{} escalations were not acknowledged in time; managers told", n);
              }
            })
        .onErrorResume(
            e -> {
              log.warn("Could not check escalation deadlines; trying again at the next poll", e);
              return Mono.just(0);
            });
  }
}
