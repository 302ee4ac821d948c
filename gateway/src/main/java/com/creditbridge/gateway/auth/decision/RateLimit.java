package com.creditbridge.gateway.auth.decision;

/** A token bucket's shape: {@code requestsPerSecond} sustained, bursts of up to {@code burst}. */
public record RateLimit(int requestsPerSecond, int burst) {

  public static final int MAX_RATE = 100_000;

  public RateLimit {
    if (requestsPerSecond < 1 || requestsPerSecond > MAX_RATE) {
      throw new IllegalArgumentException("requestsPerSecond must be 1.." + MAX_RATE);
    }
    if (burst < 1 || burst > MAX_RATE) {
      throw new IllegalArgumentException("burst must be 1.." + MAX_RATE);
    }
  }
}
