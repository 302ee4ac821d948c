package com.creditbridge.notification.webhook;

import com.creditbridge.platform.runtime.BackgroundLoop;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The webhook gauges, read from the database every {@code metrics-refresh}: endpoints by status
 * and, per endpoint, the age of its oldest undelivered message (0 when all is delivered), the
 * number to alert on when a CRM stops hearing from us. The database is shared by all replicas, so
 * every replica reports the same values.
 */
@Component
class WebhookGauges extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(WebhookGauges.class);

  private final DatabaseClient db;
  private final Clock clock;
  private final Duration refresh;
  private final Map<String, AtomicLong> endpointsByStatus = new ConcurrentHashMap<>();
  private final MultiGauge oldestAge;

  WebhookGauges(
      DatabaseClient db, MeterRegistry registry, WebhooksProperties properties, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.refresh = properties.metricsRefresh();
    for (String status : List.of(WebhookEndpoint.ENABLED, WebhookEndpoint.DISABLED)) {
      AtomicLong count = endpointsByStatus.computeIfAbsent(status, s -> new AtomicLong());
      Gauge.builder(WebhookMetrics.ENDPOINTS, count, AtomicLong::get)
          .description("Webhook endpoints by status")
          .tag("status", status)
          .register(registry);
    }
    this.oldestAge =
        MultiGauge.builder(WebhookMetrics.OLDEST_AGE)
            .description("Age of the endpoint's oldest undelivered message")
            .baseUnit("seconds")
            .register(registry);
  }

  private record Oldest(UUID endpointId, Instant since) {}

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.interval(Duration.ZERO, refresh),
        this::refreshNow,
        log,
        "Could not refresh the webhook gauges; trying again later");
  }

  Mono<Void> refreshNow() {
    Mono<Void> statuses =
        db.sql(
                "select status, count(*) as n from webhook_endpoint"
                    + " where deleted_at is null group by status")
            .map(row -> Map.entry(row.get("status", String.class), row.get("n", Long.class)))
            .all()
            .collectMap(Map.Entry::getKey, Map.Entry::getValue)
            .doOnNext(
                counts ->
                    endpointsByStatus.forEach(
                        (status, n) -> n.set(counts.getOrDefault(status, 0L))))
            .then();
    Mono<Void> ages =
        db.sql(
                """
                select e.id,
                       (select min(d.created_at) from webhook_delivery d
                         where d.endpoint_id = e.id and d.status = 'pending') as since
                  from webhook_endpoint e where e.deleted_at is null
                """)
            .map(row -> new Oldest(row.get("id", UUID.class), row.get("since", Instant.class)))
            .all()
            .collectList()
            .doOnNext(
                rows ->
                    oldestAge.register(
                        rows.stream()
                            .map(
                                r ->
                                    MultiGauge.Row.of(
                                        Tags.of("endpoint", r.endpointId().toString()),
                                        r,
                                        this::ageSeconds))
                            .toList(),
                        true))
            .then();
    return statuses.then(ages);
  }

  private double ageSeconds(Oldest oldest) {
    if (oldest.since() == null) {
      return 0;
    }
    return Math.max(0, Duration.between(oldest.since(), clock.instant()).toMillis() / 1000.0);
  }
}
