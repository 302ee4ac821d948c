package com.creditbridge.hold.timeline;

import java.time.Instant;

/**
 * One entry to append to an account's timeline.
 *
 * @param actor who did it; null for the service itself (a decision)
 * @param detail the kind's own fields, written as JSON
 */
public record TimelineEntry(
    String accountId, Instant at, TimelineKind kind, String actor, String summary, Object detail) {}
