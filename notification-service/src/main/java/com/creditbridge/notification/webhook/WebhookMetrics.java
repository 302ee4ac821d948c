package com.creditbridge.notification.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The webhook meters of the catalogue. Endpoint ids are tags: their number is bounded by what the
 * admins register, unlike account ids, which are never tags.
 */
@Component
class WebhookMetrics {

  static final String DELIVERIES = "creditbridge.webhook.deliveries";
  static final String LATENCY = "creditbridge.webhook.delivery.latency";
  static final String OLDEST_AGE = "creditbridge.webhook.oldest.undelivered.age";
  static final String ENDPOINTS = "creditbridge.webhook.endpoints";
  static final String DISABLED = "creditbridge.webhook.endpoints.disabled";

  /** What became of one attempt. */
  enum Outcome {
    SUCCESS,
    RETRY,
    GAVE_UP,
    DISABLED;

    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Why an endpoint was disabled by the service itself. */
  enum DisabledCause {
    GONE,
    FAILING;

    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final MeterRegistry registry;

  WebhookMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (Outcome outcome : Outcome.values()) {
      deliveries(outcome); // present at 0 from the start, so rates and alerts work at once
    }
    for (DisabledCause cause : DisabledCause.values()) {
      disabledCounter(cause);
    }
  }

  void attempt(Outcome outcome) {
    deliveries(outcome).increment();
  }

  /** From the event's time to the 2xx. */
  void delivered(UUID endpointId, Duration sinceEvent) {
    Timer.builder(LATENCY)
        .description("From a hold event's time to its webhook's 2xx")
        .tag("endpoint", endpointId.toString())
        .register(registry)
        .record(sinceEvent.isNegative() ? Duration.ZERO : sinceEvent);
  }

  void disabled(DisabledCause cause) {
    disabledCounter(cause).increment();
  }

  private Counter deliveries(Outcome outcome) {
    return Counter.builder(DELIVERIES)
        .description("Webhook delivery attempts by what became of them")
        .tag("outcome", outcome.tag())
        .register(registry);
  }

  private Counter disabledCounter(DisabledCause cause) {
    return Counter.builder(DISABLED)
        .description("Webhook endpoints disabled by the service")
        .tag("cause", cause.tag())
        .register(registry);
  }
}
