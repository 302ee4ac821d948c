package com.creditbridge.gateway.ratelimit;

import com.creditbridge.gateway.auth.decision.KeyGrant;
import com.creditbridge.gateway.ratelimit.decision.RateLimiter;
import com.creditbridge.gateway.ratelimit.decision.TokenBucket;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The in-memory buckets of this gateway instance: per API key, per client address on public routes,
 * and per client address for failed authentications.
 */
@Component
public class RateLimits {

  private static final int MAX_BUCKETS = 100_000;

  private final RateLimiter limiter;
  private final RateLimitProperties properties;

  RateLimits(Clock clock, RateLimitProperties properties) {
    this.limiter = new RateLimiter(clock, MAX_BUCKETS);
    this.properties = properties;
  }

  public TokenBucket.Outcome forKey(KeyGrant key) {
    var limit = key.rateLimit() == null ? properties.perKey().toRateLimit() : key.rateLimit();
    return limiter.tryTake("key:" + key.keyId(), limit);
  }

  public TokenBucket.Outcome forClient(String address) {
    return limiter.tryTake("client:" + address, properties.perClient().toRateLimit());
  }

  /**
   * Takes a token for a request whose key was missing, unknown or revoked. A bucket of its own, so
   * valid keys used from the same address never pay for another caller's failures.
   */
  public TokenBucket.Outcome forFailedAuthentication(String address) {
    return limiter.tryTake(
        "unauthenticated:" + address, properties.failedAuthentication().toRateLimit());
  }
}
