package com.creditbridge.platform.observability;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Observability settings every service shares, as defaults a service's own configuration can
 * override: Prometheus scraping tagged with the application name, histograms for CreditBridge's own
 * timers, W3C tracing through WebFlux, Reactor and Kafka. No traces leave the process unless {@code
 * management.opentelemetry.tracing.export.otlp.endpoint} is set.
 */
public final class ObservabilityDefaults implements EnvironmentPostProcessor {

  static final String SOURCE = "creditbridgeObservabilityDefaults";

  static final String PROMETHEUS_EXEMPLARS =
      "org.springframework.boot.micrometer.tracing.autoconfigure.prometheus"
          + ".PrometheusExemplarsAutoConfiguration";

  static final Map<String, Object> DEFAULTS =
      Map.ofEntries(
          Map.entry("management.endpoints.web.exposure.include", "health,prometheus"),
          // exemplars on _count series break scrapes by Prometheus before 2.49 (Debian 12 ships
          // 2.42): "metric name ..._count does not support exemplars"
          Map.entry("spring.autoconfigure.exclude", PROMETHEUS_EXEMPLARS),
          Map.entry("management.metrics.tags.application", "${spring.application.name:unknown}"),
          // buckets so that dashboards can compute latency quantiles across instances
          Map.entry("management.metrics.distribution.percentiles-histogram.creditbridge", "true"),
          Map.entry(
              "management.metrics.distribution.percentiles-histogram.http.server.requests", "true"),
          // nothing is exported by default, so recording every trace costs little and every log
          // line of a traced request carries its ids
          Map.entry("management.tracing.sampling.probability", "1.0"),
          // the trace follows a request through Reactor operators and onto R2DBC threads
          Map.entry("spring.reactor.context-propagation", "auto"),
          Map.entry("spring.kafka.template.observation-enabled", "true"),
          Map.entry("spring.kafka.listener.observation-enabled", "true"));

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getPropertySources().contains(SOURCE)) {
      environment.getPropertySources().addLast(new MapPropertySource(SOURCE, DEFAULTS));
    }
  }
}
