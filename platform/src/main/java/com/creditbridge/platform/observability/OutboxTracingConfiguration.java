package com.creditbridge.platform.observability;

import com.creditbridge.platform.outbox.OutboxTracing;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Trace context through the outbox when Micrometer Tracing is present (it always is at runtime).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(Tracer.class)
public class OutboxTracingConfiguration {

  @Bean
  OutboxTracing outboxTracing(
      ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
    Tracer current = tracer.getIfAvailable();
    Propagator propagation = propagator.getIfAvailable();
    if (current == null || propagation == null || current == Tracer.NOOP) {
      return OutboxTracing.NONE;
    }
    return new MicrometerOutboxTracing(current, propagation);
  }
}
