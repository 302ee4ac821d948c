package com.creditbridge.hold.decision;

import com.creditbridge.contracts.HoldEventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** The counters and the latency timer of the metrics catalogue, recorded after commit. */
@Component
class DecisionMetrics {

  private final MeterRegistry registry;
  private final Timer pipelineLatency;
  private final Clock clock;

  DecisionMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
    this.pipelineLatency =
        Timer.builder("creditbridge.pipeline.latency")
            .description("From the ledger event's acceptance to the commit of the hold decision")
            .register(registry);
  }

  void committed(Trigger trigger, List<Announced> announced) {
    Counter.builder("creditbridge.policy.reevaluations")
        .tag("trigger", trigger.tag())
        .register(registry)
        .increment(announced.size());
    Instant committedAt = clock.instant();
    for (Announced a : announced) {
      for (HoldEventType type : a.holdEvents()) {
        Counter.builder("creditbridge.status.transitions")
            .tag("type", type.wireName())
            .register(registry)
            .increment();
      }
      if (!a.holdEvents().isEmpty() && a.acceptedAt() != null) {
        Duration latency = Duration.between(a.acceptedAt(), committedAt);
        if (!latency.isNegative()) {
          pipelineLatency.record(latency);
        }
      }
    }
  }
}
