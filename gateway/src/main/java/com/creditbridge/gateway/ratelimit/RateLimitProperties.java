package com.creditbridge.gateway.ratelimit;

import com.creditbridge.gateway.auth.decision.RateLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param perKey the limit of a key created without its own (and of the admin key)
 * @param perClient the limit of the public acknowledgement link, per client address
 * @param failedAuthentication requests with a missing, unknown or revoked key, per client address:
 *     past it they get 429 instead of 401, so nobody can probe keys at full speed
 */
@ConfigurationProperties("creditbridge.gateway.rate-limit")
public record RateLimitProperties(
    @DefaultValue({"100", "200"}) Limit perKey,
    @DefaultValue({"2", "20"}) Limit perClient,
    @DefaultValue({"1", "20"}) Limit failedAuthentication) {

  /** A token bucket's shape as configured. */
  public record Limit(int requestsPerSecond, int burst) {
    public RateLimit toRateLimit() {
      return new RateLimit(requestsPerSecond, burst);
    }
  }
}
