package com.creditbridge.notification.webhook.rules;

import com.creditbridge.notification.retry.RetrySchedule;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: on the schedule, but never sooner than {@code
 * slowDownDelay} after a timeout or a 429 (the receiver is overloaded: hammering it makes it
 * worse), and never sooner than the receiver's {@code Retry-After}, bounded to [{@code
 * slowDownDelay}, {@code maxRetryAfter}] so a receiver can neither make us spin nor park a message
 * for weeks. Neither adds attempts: once the schedule is used up the failure is final.
 *
 * @param schedule the delays before the 2nd, 3rd, ... attempt
 * @param slowDownDelay the least delay after a timeout or a 429 (60 s by default)
 * @param maxRetryAfter the most a {@code Retry-After} can ask for (24 h by default)
 */
public record Backoff(RetrySchedule schedule, Duration slowDownDelay, Duration maxRetryAfter) {

  /** How an attempt failed, as far as the delay is concerned. */
  public record Failure(Integer statusCode, boolean timedOut, Optional<Duration> retryAfter) {

    boolean asksToSlowDown() {
      return timedOut || (statusCode != null && statusCode == 429);
    }
  }

  /** The delay before the next attempt; empty when the failure is final. */
  public Optional<Duration> after(int failedAttempts, Failure failure, RandomGenerator random) {
    return schedule
        .delayAfter(failedAttempts, random)
        .map(
            scheduled -> {
              Duration delay = scheduled;
              if (failure.asksToSlowDown()) {
                delay = longer(delay, slowDownDelay);
              }
              if (failure.retryAfter().isPresent()) {
                Duration asked = failure.retryAfter().get();
                Duration bounded = longer(slowDownDelay, shorter(asked, maxRetryAfter));
                delay = longer(delay, bounded);
              }
              return delay;
            });
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
