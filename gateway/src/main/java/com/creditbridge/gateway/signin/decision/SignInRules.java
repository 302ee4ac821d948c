package com.creditbridge.gateway.signin.decision;

import java.time.Duration;
import java.time.Instant;

/**
 * How long links and sessions live and how many links an address may ask for, per contract.md
 * ("People and sign-in"): a link is valid 15 minutes and usable once, at most 5 links per address
 * per hour, a session ends after 12 hours idle and 7 days at most.
 */
public record SignInRules(
    Duration linkValidity, int linksPerAddressPerHour, Duration sessionIdle, Duration sessionMax) {

  /** How often a session's last use is written back: often enough for the idle limit, not more. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  public SignInRules {
    if (linkValidity.isNegative() || linkValidity.isZero()) {
      throw new IllegalArgumentException("link validity must be positive");
    }
    if (linksPerAddressPerHour < 1) {
      throw new IllegalArgumentException("at least one link per address and hour");
    }
    if (sessionIdle.compareTo(sessionMax) > 0) {
      throw new IllegalArgumentException("a session's idle limit cannot exceed its maximum age");
    }
  }

  public Instant linkExpiry(Instant issuedAt) {
    return issuedAt.plus(linkValidity);
  }

  /** The start of the window over which {@link #mayIssueLink} counts. */
  public Instant quotaWindowStart(Instant now) {
    return now.minus(Duration.ofHours(1));
  }

  public boolean mayIssueLink(long issuedInLastHour) {
    return issuedInLastHour < linksPerAddressPerHour;
  }

  public boolean sessionAlive(Instant createdAt, Instant lastSeenAt, Instant now) {
    return now.isBefore(createdAt.plus(sessionMax)) && now.isBefore(lastSeenAt.plus(sessionIdle));
  }

  public boolean shouldRecordUse(Instant lastSeenAt, Instant now) {
    return !now.isBefore(lastSeenAt.plus(TOUCH_EVERY));
  }

  /** The cookie's lifetime: the session cannot outlive its maximum age anyway. */
  public Duration cookieMaxAge() {
    return sessionMax;
  }
}
