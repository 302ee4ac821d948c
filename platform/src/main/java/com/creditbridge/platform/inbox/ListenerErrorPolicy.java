package com.creditbridge.platform.inbox;

import java.time.Duration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

/**
 * How every consumer treats a failing record: one that can never be applied (not JSON, or an {@link
 * UnusableEventException}) is logged and skipped; anything else, such as the database being down,
 * is retried with a growing pause and without end, because skipping it would lose an event.
 */
public final class ListenerErrorPolicy {

  private ListenerErrorPolicy() {}

  public static DefaultErrorHandler errorHandler(Duration firstPause, Duration longestPause) {
    ExponentialBackOff backOff = new ExponentialBackOff(firstPause.toMillis(), 2.0);
    backOff.setMaxInterval(longestPause.toMillis());
    DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
    handler.addNotRetryableExceptions(JacksonException.class, UnusableEventException.class);
    return handler;
  }
}
