package com.creditbridge.gateway.auth.decision;

/** What the gateway does with a request, decided before routing. */
public sealed interface AccessDecision {

  /** The gateway's own health and metrics endpoints: no key needed. */
  record Open() implements AccessDecision {}

  /** A known key; {@code keyName} identifies it in logs (never the key itself). */
  record Granted(String keyName) implements AccessDecision {}

  /** No usable key: 401, with a detail that says what to send. */
  record Unauthenticated(String detail) implements AccessDecision {}
}
