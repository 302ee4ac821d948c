package com.creditbridge.gateway.ratelimit.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.gateway.auth.decision.RateLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void allowsABurstThenLimits() {
    TokenBucket bucket = new TokenBucket(new RateLimit(2, 3), T0);

    for (int i = 0; i < 3; i++) {
      assertThat(bucket.tryTake(T0)).isInstanceOf(TokenBucket.Outcome.Allowed.class);
    }
    assertThat(bucket.tryTake(T0))
        .isEqualTo(new TokenBucket.Outcome.Limited(Duration.ofMillis(500)));
  }

  @Test
  void refillsAtTheSustainedRate() {
    TokenBucket bucket = new TokenBucket(new RateLimit(2, 1), T0);
    bucket.tryTake(T0);

    assertThat(bucket.tryTake(T0.plusMillis(499))).isInstanceOf(TokenBucket.Outcome.Limited.class);
    assertThat(bucket.tryTake(T0.plusMillis(500))).isInstanceOf(TokenBucket.Outcome.Allowed.class);
  }

  @Test
  void neverHoldsMoreThanItsBurst() {
    TokenBucket bucket = new TokenBucket(new RateLimit(10, 2), T0);
    Instant later = T0.plus(Duration.ofHours(1));

    assertThat(bucket.tryTake(later)).isInstanceOf(TokenBucket.Outcome.Allowed.class);
    assertThat(bucket.tryTake(later)).isInstanceOf(TokenBucket.Outcome.Allowed.class);
    assertThat(bucket.tryTake(later)).isInstanceOf(TokenBucket.Outcome.Limited.class);
  }

  @Test
  void ignoresAClockThatGoesBackwards() {
    TokenBucket bucket = new TokenBucket(new RateLimit(1, 1), T0);
    bucket.tryTake(T0);

    assertThat(bucket.tryTake(T0.minusSeconds(10))).isInstanceOf(TokenBucket.Outcome.Limited.class);
  }

  @Test
  void roundsRetryAfterUpToWholeSecondsAndAtLeastOne() {
    assertThat(new TokenBucket.Outcome.Limited(Duration.ofMillis(1)).retryAfterSeconds())
        .isEqualTo(1);
    assertThat(new TokenBucket.Outcome.Limited(Duration.ofMillis(1001)).retryAfterSeconds())
        .isEqualTo(2);
    assertThat(new TokenBucket.Outcome.Limited(Duration.ofSeconds(3)).retryAfterSeconds())
        .isEqualTo(3);
  }
}
