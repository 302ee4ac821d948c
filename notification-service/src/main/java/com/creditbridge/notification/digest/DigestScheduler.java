package com.creditbridge.notification.digest;

import com.creditbridge.platform.runtime.BackgroundLoop;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Compares the clock with the digest schedule every poll interval and runs (or resumes) the digest
 * that is due. Time comes from the injected clock, so tests move it to the next Monday.
 */
@Component
class DigestScheduler extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

  private final WeeklyDigests digests;
  private final DigestProperties properties;
  private final Clock clock;

  DigestScheduler(WeeklyDigests digests, DigestProperties properties, Clock clock) {
    this.digests = digests;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.interval(Duration.ZERO, properties.pollInterval()),
        () -> digests.runIfDue(clock.instant()),
        log,
        "Digest run failed; trying again at the next poll");
  }
}
