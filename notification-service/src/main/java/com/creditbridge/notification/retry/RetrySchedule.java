package com.creditbridge.notification.retry;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try again after a failed attempt: a fixed list of delays, each spread by a random jitter
 * so that many deliveries that failed together (an endpoint outage) do not all come back at the
 * same instant. After the last delay has been used, the next failure is final.
 *
 * @param delays the delay before the 2nd, 3rd, ... attempt
 * @param jitter the fraction (0 ≤ jitter < 1) by which each delay may be shortened or lengthened
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

  /** The Standard Webhooks schedule: 5s, 5m, 30m, 2h, 5h, 10h, 10h, ±20 %. */
  public static final RetrySchedule STANDARD =
      new RetrySchedule(
          List.of(
              Duration.ofSeconds(5),
              Duration.ofMinutes(5),
              Duration.ofMinutes(30),
              Duration.ofHours(2),
              Duration.ofHours(5),
              Duration.ofHours(10),
              Duration.ofHours(10)),
          0.2);

  public RetrySchedule {
    delays = List.copyOf(Objects.requireNonNull(delays, "delays"));
    if (delays.stream().anyMatch(d -> d.isNegative())) {
      throw new IllegalArgumentException("retry delays must not be negative: " + delays);
    }
    if (!(jitter >= 0 && jitter < 1)) {
      throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
    }
  }

  /** How many attempts there are in all: the first one plus one per delay. */
  public int maxAttempts() {
    return delays.size() + 1;
  }

  /**
   * The delay before the next attempt, after {@code failedAttempts} attempts have failed; empty
   * when none is left and the failure is final.
   *
   * @param random the source of the jitter
   */
  public Optional<Duration> delayAfter(int failedAttempts, RandomGenerator random) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException(
          "at least one attempt must have failed: " + failedAttempts);
    }
    if (failedAttempts > delays.size()) {
      return Optional.empty();
    }
    Duration base = delays.get(failedAttempts - 1);
    double factor = jitter == 0 ? 1 : 1 + random.nextDouble(-jitter, jitter);
    return Optional.of(Duration.ofNanos(Math.round(base.toNanos() * factor)));
  }
}
