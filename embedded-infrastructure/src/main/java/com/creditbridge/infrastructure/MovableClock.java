package com.creditbridge.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service's clock in integration tests: real time plus an offset the tests move forward (past a
 * sign-in link's expiry, to a digest's Monday, past an escalation deadline). It only ever moves
 * forward, so tests sharing a context never see time run backwards.
 */
public final class MovableClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the service works in UTC");
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  public void advance(Duration duration) {
    offset.updateAndGet(current -> current.plus(duration));
  }

  /** Moves to the instant, if it is ahead. */
  public void moveTo(Instant instant) {
    Duration ahead = Duration.between(instant(), instant);
    if (!ahead.isNegative()) {
      advance(ahead);
    }
  }
}
