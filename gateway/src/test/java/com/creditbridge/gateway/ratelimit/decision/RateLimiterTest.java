package com.creditbridge.gateway.ratelimit.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.gateway.auth.decision.RateLimit;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
  private static final RateLimit ONE = new RateLimit(1, 1);

  @Test
  void keepsOneBucketPerCaller() {
    RateLimiter limiter = new RateLimiter(clock, 100);

    assertThat(limiter.tryTake("key:a", ONE)).isInstanceOf(TokenBucket.Outcome.Allowed.class);
    assertThat(limiter.tryTake("key:a", ONE)).isInstanceOf(TokenBucket.Outcome.Limited.class);
    assertThat(limiter.tryTake("key:b", ONE)).isInstanceOf(TokenBucket.Outcome.Allowed.class);
  }

  @Test
  void startsAFreshBucketWhenTheLimitChanges() {
    RateLimiter limiter = new RateLimiter(clock, 100);
    limiter.tryTake("key:a", ONE);

    assertThat(limiter.tryTake("key:a", new RateLimit(1, 5)))
        .isInstanceOf(TokenBucket.Outcome.Allowed.class);
  }

  @Test
  void forgetsBucketsBeyondItsBoundRatherThanGrowing() {
    RateLimiter limiter = new RateLimiter(clock, 2);
    limiter.tryTake("a", ONE);
    limiter.tryTake("b", ONE);
    limiter.tryTake("c", ONE);
    limiter.tryTake("d", ONE); // over the bound: the map is cleared first

    assertThat(limiter.tryTake("a", ONE)).isInstanceOf(TokenBucket.Outcome.Allowed.class);
  }
}
