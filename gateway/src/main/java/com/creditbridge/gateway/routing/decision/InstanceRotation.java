package com.creditbridge.gateway.routing.decision;

import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instances of one service, taken in turn. An instance that refused a connection is skipped for
 * a while, so requests go to the live ones while it restarts; when every instance is resting, the
 * next one in turn is tried anyway (an error then is the truth).
 */
public final class InstanceRotation<T> {

  private final List<T> instances;
  private final Duration rest;
  private final Map<T, Instant> restingUntil = new HashMap<>();
  private int next;

  public InstanceRotation(List<T> instances, Duration rest) {
    if (instances.isEmpty()) {
      throw new IllegalArgumentException("a service has at least one instance");
    }
    this.instances = List.copyOf(instances);
    this.rest = rest;
  }

  /** The instance for the next request. */
  public synchronized T next(Instant now) {
    for (int tried = 0; tried < instances.size(); tried++) {
      T candidate = instances.get(next);
      next = (next + 1) % instances.size();
      Instant until = restingUntil.get(candidate);
      if (until == null || !now.isBefore(until)) {
        return candidate;
      }
    }
    T fallback = instances.get(next);
    next = (next + 1) % instances.size();
    return fallback;
  }

  /** {@code instance} refused a connection at {@code now}. */
  public synchronized void refused(T instance, Instant now) {
    if (instances.contains(instance)) {
      restingUntil.put(instance, now.plus(rest));
    }
  }

  /**
   * Whether {@code error} is a refused connection: the instance is down and nothing was sent to it,
   * so the request may go to another one.
   */
  public static boolean refusedConnection(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  public List<T> instances() {
    return instances;
  }
}
