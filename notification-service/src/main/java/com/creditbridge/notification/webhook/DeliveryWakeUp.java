package com.creditbridge.notification.webhook;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Tells the delivery worker that there may be work now (deliveries just committed, slots just
 * freed), so it need not wait for its next poll. A signal while the worker is busy is kept (one is
 * enough); the poll stays as the safety net for other replicas and due retries.
 */
@Component
class DeliveryWakeUp {

  private final Sinks.Many<Boolean> signals = Sinks.many().multicast().directBestEffort();

  /** Emitting is not thread-safe: one at a time. */
  synchronized void wake() {
    signals.tryEmitNext(Boolean.TRUE);
  }

  Flux<Boolean> signals() {
    return signals.asFlux();
  }
}
