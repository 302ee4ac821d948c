package com.creditbridge.account.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/** The ledger's meters (metrics catalogue): events ingested and rejected, batch durations. */
@Component
class IngestMetrics {

  private final MeterRegistry registry;
  private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

  IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** An accepted or duplicate event; {@code type} is one of the eight wire names. */
  void ingested(String type, IngestStatus status) {
    counters
        .computeIfAbsent(
            type + "|" + status.wireName(),
            key ->
                Counter.builder("creditbridge.ledger.events.ingested")
                    .tag("type", type)
                    .tag("outcome", status.wireName())
                    .register(registry))
        .increment();
  }

  /** A rejected event; {@code reason} is from a fixed set (see {@link Rejection#reason()}). */
  void rejected(String reason) {
    counters
        .computeIfAbsent(
            "rejected|" + reason,
            key ->
                Counter.builder("creditbridge.ledger.events.rejected")
                    .tag("reason", reason)
                    .register(registry))
        .increment();
  }

  Timer.Sample start() {
    return Timer.start(registry);
  }

  void batchDone(Timer.Sample sample, String format) {
    sample.stop(
        Timer.builder("creditbridge.ledger.batch.duration")
            .tag("format", format)
            .register(registry));
  }
}
