package com.creditbridge.hold.check;

import com.creditbridge.hold.HoldProperties;
import com.creditbridge.platform.runtime.BackgroundLoop;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Deletes credit checks older than the retention period (90 days), a bounded batch at a time with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas sweeping at once neither wait for each other nor
 * delete twice. Time comes from the injected clock.
 */
@Component
public class CreditCheckSweep extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(CreditCheckSweep.class);
  private static final int BATCH = 10_000;

  private final CreditCheckStore checks;
  private final HoldProperties properties;
  private final Clock clock;
  private final Scheduler scheduler = Schedulers.newSingle("credit-check-sweep", true);

  CreditCheckSweep(CreditCheckStore checks, HoldProperties properties, Clock clock) {
    this.checks = checks;
    this.properties = properties;
    this.clock = clock;
  }

  /** Deletes every check past retention now; returns how many. */
  public Mono<Long> sweep() {
    Instant before = clock.instant().minus(properties.creditCheckRetention());
    return checks
        .deleteOlderThan(before, BATCH)
        .expand(n -> n == BATCH ? checks.deleteOlderThan(before, BATCH) : Mono.empty())
        .reduce(0L, Long::sum);
  }

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.interval(properties.creditCheckSweepInterval(), scheduler),
        this::sweep,
        log,
        "Sweeping old credit checks failed; retrying on the next tick");
  }
}
