package com.creditbridge.gateway.ratelimit.decision;

import com.creditbridge.gateway.auth.decision.RateLimit;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: holds up to {@code burst} tokens, refills at {@code requestsPerSecond}, one token
 * per request. Not thread-safe on its own; {@link RateLimiter} serialises access per bucket.
 */
public final class TokenBucket {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final RateLimit limit;
  private double tokens;
  private Instant refilledAt;

  public TokenBucket(RateLimit limit, Instant now) {
    this.limit = limit;
    this.tokens = limit.burst();
    this.refilledAt = now;
  }

  /** Takes a token if there is one; otherwise says how long until there will be. */
  public Outcome tryTake(Instant now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return new Outcome.Allowed();
    }
    double missing = 1 - tokens;
    long waitNanos = (long) Math.ceil(missing * NANOS_PER_SECOND / limit.requestsPerSecond());
    return new Outcome.Limited(Duration.ofNanos(waitNanos));
  }

  public RateLimit limit() {
    return limit;
  }

  private void refill(Instant now) {
    if (now.isAfter(refilledAt)) {
      double elapsedSeconds =
          Duration.between(refilledAt, now).toNanos() / (double) NANOS_PER_SECOND;
      tokens = Math.min(limit.burst(), tokens + elapsedSeconds * limit.requestsPerSecond());
      refilledAt = now;
    }
  }

  /** Whether a request may pass now. */
  public sealed interface Outcome {
    record Allowed() implements Outcome {}

    /** Over the limit; {@code retryAfter} is when the next token arrives. */
    record Limited(Duration retryAfter) implements Outcome {

      /** Whole seconds for the Retry-After header, at least 1. */
      public long retryAfterSeconds() {
        long seconds = (retryAfter.toNanos() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
        return Math.max(1, seconds);
      }
    }
  }
}
