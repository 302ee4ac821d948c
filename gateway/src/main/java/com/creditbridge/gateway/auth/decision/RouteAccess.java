package com.creditbridge.gateway.auth.decision;

import java.util.List;
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

  /**
   * A key holding any one of {@code scopes} (or {@link Scope#ADMIN}): a route two kinds of client
   * use, such as a review decision taken by credit or by the account's sales manager. The service
   * learns which scopes the key holds and decides what each may do there.
   */
  record RequiresAnyOf(List<Scope> scopes) implements RouteAccess {

    public RequiresAnyOf {
      if (scopes.size() < 2) {
        throw new IllegalArgumentException("alternatives name at least two scopes: " + scopes);
      }
      scopes = List.copyOf(scopes);
    }
  }

  /** The path exists, the method does not; answered (after the key check) with 405. */
  record MethodNotAllowed(Set<String> allowed) implements RouteAccess {}

  /** No such path; answered (after the key check, so paths are not probed without one) 404. */
  record NoSuchPath() implements RouteAccess {}
}
