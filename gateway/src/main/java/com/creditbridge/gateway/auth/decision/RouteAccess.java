package com.creditbridge.gateway.auth.decision;

import java.util.Set;

/** What a method and path need, according to {@link ScopePolicy}. */
public sealed interface RouteAccess {

  /** No key: public documentation, the gateway's health, the acknowledgement link. */
  record Public(boolean limitedPerClient) implements RouteAccess {}

  /**
   * The gateway's own metrics: only for a peer on loopback or a private network (the Prometheus
   * that scrapes it); from anywhere else the path does not exist (404).
   */
  record FromInsideOnly() implements RouteAccess {}

  /** A key holding {@code scope} (or {@link Scope#ADMIN}). */
  record Requires(Scope scope) implements RouteAccess {}

  /** The path exists, the method does not; answered (after the key check) with 405. */
  record MethodNotAllowed(Set<String> allowed) implements RouteAccess {}

  /** No such path; answered (after the key check, so paths are not probed without one) 404. */
  record NoSuchPath() implements RouteAccess {}
}
