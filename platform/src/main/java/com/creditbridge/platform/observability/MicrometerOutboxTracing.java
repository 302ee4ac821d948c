package com.creditbridge.platform.observability;

import com.creditbridge.platform.outbox.OutboxTracing;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * {@link OutboxTracing} with Micrometer Tracing: the current span is found in the Reactor context
 * (WebFlux handlers) or on the thread (Kafka listeners), and written as a W3C {@code traceparent}.
 */
final class MicrometerOutboxTracing implements OutboxTracing {

  static final String TRACEPARENT = "traceparent";

  private final Tracer tracer;
  private final Propagator propagator;
  private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();

  MicrometerOutboxTracing(Tracer tracer, Propagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
  }

  @Override
  public Mono<Optional<String>> currentTraceparent() {
    return Mono.deferContextual(
        context -> {
          try (ContextSnapshot.Scope scope = snapshots.setThreadLocalsFrom(context)) {
            Span span = tracer.currentSpan();
            if (span == null) {
              return Mono.just(Optional.empty());
            }
            Map<String, String> carrier = new HashMap<>();
            propagator.inject(span.context(), carrier, Map::put);
            return Mono.just(Optional.ofNullable(carrier.get(TRACEPARENT)));
          }
        });
  }

  @Override
  public <T> T publishWithin(String traceparent, Supplier<T> publish) {
    if (traceparent == null) {
      return publish.get();
    }
    Span span =
        propagator
            .extract(Map.of(TRACEPARENT, traceparent), Map::get)
            .name("outbox publish")
            .kind(Span.Kind.PRODUCER)
            .start();
    try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
      return publish.get();
    } finally {
      span.end();
    }
  }

  @Override
  public void consumedWithin(String traceparent, Runnable record) {
    if (traceparent == null) {
      record.run();
      return;
    }
    Span span =
        propagator
            .extract(Map.of(TRACEPARENT, traceparent), Map::get)
            .name("record consumed")
            .kind(Span.Kind.CONSUMER)
            .start();
    try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
      record.run();
    } finally {
      span.end();
    }
  }
}
