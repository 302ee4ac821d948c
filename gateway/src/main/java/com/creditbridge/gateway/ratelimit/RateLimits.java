package com.creditbridge.gateway.ratelimit;

import com.creditbridge.gateway.auth.decision.KeyGrant;
import com.creditbridge.gateway.ratelimit.decision.RateLimiter;
import com.creditbridge.gateway.ratelimit.decision.TokenBucket;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The in-memory buckets of this gateway instance: per API key, and per client address. */
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
}
