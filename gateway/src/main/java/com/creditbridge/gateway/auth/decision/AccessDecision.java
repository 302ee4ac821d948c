package com.creditbridge.gateway.auth.decision;

import java.util.Set;

/** What the gateway does with a request, decided before routing. */
public sealed interface AccessDecision {

  /** A public path: no key needed (perhaps limited per client address). */
  record Open(boolean limitedPerClient) implements AccessDecision {}

  /** A key that holds the scope the route needs. */
  record Granted(KeyGrant key) implements AccessDecision {}

  /** No usable key: 401, with a detail that says what to send. */
  record Unauthenticated(String detail) implements AccessDecision {}

  /** A valid key without the scope: 403. */
  record Forbidden(String detail) implements AccessDecision {}

  /** A valid key, but no such path (404) or method (405, {@code allowed} non-empty). */
  record NotRouted(Set<String> allowed) implements AccessDecision {}
}
