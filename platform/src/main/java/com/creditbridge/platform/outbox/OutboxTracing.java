package com.creditbridge.platform.outbox;

import java.util.Optional;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Carries a trace across the outbox: the writer's trace context is captured with the row, and the
 * relay publishes the row inside that trace, so the consumer's work joins the request that caused
 * it rather than starting a trace of its own.
 */
public interface OutboxTracing {

  /** No tracing: nothing is captured, publishing runs as is. */
  OutboxTracing NONE =
      new OutboxTracing() {
        @Override
        public Mono<Optional<String>> currentTraceparent() {
          return Mono.just(Optional.empty());
        }

        @Override
        public <T> T publishWithin(String traceparent, Supplier<T> publish) {
          return publish.get();
        }

        @Override
        public void consumedWithin(String traceparent, Runnable record) {
          record.run();
        }
      };

  /** The W3C {@code traceparent} of the caller's current span, if there is one. */
  Mono<Optional<String>> currentTraceparent();

  /**
   * Runs {@code publish} with the trace of {@code traceparent} (may be null) as the current one.
   */
  <T> T publishWithin(String traceparent, Supplier<T> publish);

  /**
   * Runs {@code record} (typically a log line) in the trace of {@code traceparent} (may be null): a
   * batch listener takes in many records in one transaction, outside any one record's trace, so it
   * notes each record inside that record's own trace to keep the trace visible in its log.
   */
  void consumedWithin(String traceparent, Runnable record);
}
