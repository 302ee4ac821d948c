package com.creditbridge.gateway.ratelimit.decision;

import com.creditbridge.gateway.auth.decision.RateLimit;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One token bucket per caller (an API key id, or a client address for public routes), in memory. A
 * bucket whose limit changed starts afresh. Idle buckets are dropped once there are more than
 * {@code maxBuckets}, so unknown callers cannot grow the map without bound; a dropped bucket comes
 * back full, which only ever errs towards letting a request through.
 */
public final class RateLimiter {

  private final Clock clock;
  private final int maxBuckets;
  private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(Clock clock, int maxBuckets) {
    this.clock = clock;
    this.maxBuckets = maxBuckets;
  }

  public TokenBucket.Outcome tryTake(String caller, RateLimit limit) {
    if (buckets.size() > maxBuckets) {
      buckets.clear();
    }
    TokenBucket bucket =
        buckets.compute(
            caller,
            (key, existing) ->
                existing == null || !existing.limit().equals(limit)
                    ? new TokenBucket(limit, clock.instant())
                    : existing);
    synchronized (bucket) {
      return bucket.tryTake(clock.instant());
    }
  }
}
