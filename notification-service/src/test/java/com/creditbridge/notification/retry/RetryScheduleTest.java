package com.creditbridge.notification.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  /** Always draws the given point of the jitter range: 0 = lowest, just under 1 = highest. */
  private static RandomGenerator drawing(double position) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        throw new UnsupportedOperationException();
      }

      @Override
      public double nextDouble(double origin, double bound) {
        return origin + (bound - origin) * position;
      }
    };
  }

  @Test
  void followsTheStandardWebhooksScheduleWithoutJitterAtTheMiddleOfTheRange() {
    RandomGenerator middle = drawing(0.5);

    assertThat(
            List.of(1, 2, 3, 4, 5, 6, 7).stream()
                .map(n -> RetrySchedule.STANDARD.delayAfter(n, middle).orElseThrow())
                .toList())
        .containsExactly(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(10));
  }

  @Test
  void givesUpAfterTheEighthFailedAttempt() {
    assertThat(RetrySchedule.STANDARD.maxAttempts()).isEqualTo(8);
    assertThat(RetrySchedule.STANDARD.delayAfter(7, drawing(0.5))).isPresent();
    assertThat(RetrySchedule.STANDARD.delayAfter(8, drawing(0.5))).isEmpty();
  }

  @Test
  void jitterShortensByAtMostTwentyPercent() {
    assertThat(RetrySchedule.STANDARD.delayAfter(2, drawing(0)))
        .contains(Duration.ofMinutes(4)); // 5m − 20 %
  }

  @Test
  void jitterLengthensByLessThanTwentyPercent() {
    Duration longest = RetrySchedule.STANDARD.delayAfter(2, drawing(0.999_999)).orElseThrow();

    assertThat(longest).isLessThan(Duration.ofMinutes(6)).isGreaterThan(Duration.ofSeconds(359));
  }

  @Test
  void everyRandomDelayStaysWithinTheJitterBounds() {
    var random = new SplittableRandom(42);
    for (int i = 0; i < 10_000; i++) {
      Duration delay = RetrySchedule.STANDARD.delayAfter(1, random).orElseThrow();
      assertThat(delay).isBetween(Duration.ofMillis(4_000), Duration.ofMillis(6_000));
    }
  }

  @Test
  void aScheduleWithoutJitterIsExact() {
    var schedule = new RetrySchedule(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), 0);

    assertThat(schedule.delayAfter(2, new SplittableRandom())).contains(Duration.ofMillis(200));
    assertThat(schedule.delayAfter(3, new SplittableRandom())).isEmpty();
  }

  @Test
  void refusesJitterOfOneHundredPercentOrMore() {
    assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(1)), 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToScheduleBeforeAnyAttemptFailed() {
    assertThatThrownBy(() -> RetrySchedule.STANDARD.delayAfter(0, new SplittableRandom()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
