package com.creditbridge.notification.webhook.rules;

import java.util.Objects;
import java.util.Set;

/**
 * Which events an endpoint wants. An empty set means "any" for that criterion.
 *
 * @param eventTypes CloudEvent types
 * @param salesRepIds the sales rep of the account
 * @param segments the account segment
 */
public record Subscription(Set<String> eventTypes, Set<String> salesRepIds, Set<String> segments) {

  public Subscription {
    eventTypes = Set.copyOf(Objects.requireNonNull(eventTypes));
    salesRepIds = Set.copyOf(Objects.requireNonNull(salesRepIds));
    segments = Set.copyOf(Objects.requireNonNull(segments));
  }

  /**
   * What an event offers for matching.
   *
   * @param salesRepId null when the event names no sales rep
   * @param segment null when the segment is unknown: hold events do not carry it yet
   */
  public record EventFacts(String type, String salesRepId, String segment) {}

  /**
   * True when the endpoint should receive the event. A criterion the event cannot satisfy because
   * the fact is unknown (a segment filter, while hold events carry no segment) does not match: an
   * endpoint that asked for some accounts only must never receive others.
   */
  public boolean matches(EventFacts event) {
    return accepts(eventTypes, event.type())
        && accepts(salesRepIds, event.salesRepId())
        && accepts(segments, event.segment());
  }

  private static boolean accepts(Set<String> wanted, String fact) {
    return wanted.isEmpty() || (fact != null && wanted.contains(fact));
  }
}
