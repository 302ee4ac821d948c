package com.creditbridge.platform.outbox;

import com.creditbridge.platform.runtime.BackgroundLoop;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The outbox's backlog as gauges: how many rows wait for the relay and how old the oldest is. A
 * backlog that keeps growing means events are accepted but nobody hears about them (Kafka down, the
 * relay stuck). Refreshed from the table in the background, as a scrape must not query a database.
 */
public class OutboxMetrics extends BackgroundLoop {

  public static final String BACKLOG = "creditbridge.outbox.backlog";
  public static final String OLDEST_AGE = "creditbridge.outbox.oldest.age";

  private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

  private final DatabaseClient db;
  private final Clock clock;
  private final Duration refreshInterval;
  private final AtomicLong backlog = new AtomicLong();
  private final AtomicLong oldestAgeSeconds = new AtomicLong();
  private final Scheduler scheduler = Schedulers.newSingle("outbox-metrics", true);

  public OutboxMetrics(
      DatabaseClient db, MeterRegistry registry, Clock clock, Duration refreshInterval) {
    this.db = db;
    this.clock = clock;
    this.refreshInterval = refreshInterval;
    Gauge.builder(BACKLOG, backlog, AtomicLong::get)
        .description("Outbox messages not yet published to Kafka")
        .register(registry);
    Gauge.builder(OLDEST_AGE, oldestAgeSeconds, AtomicLong::get)
        .description("Age in seconds of the oldest unpublished outbox message; 0 when empty")
        .register(registry);
  }

  /** Reads the table once and updates the gauges. */
  public Mono<Void> refresh() {
    return db.sql("select count(*) as backlog, min(created_at) as oldest from outbox_message")
        .map(
            row -> {
              backlog.set(row.get("backlog", Long.class));
              OffsetDateTime oldest = row.get("oldest", OffsetDateTime.class);
              oldestAgeSeconds.set(
                  oldest == null
                      ? 0
                      : Math.max(
                          0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()));
              return row;
            })
        .one()
        .then();
  }

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.interval(Duration.ZERO, refreshInterval, scheduler),
        this::refresh,
        log,
        "Could not read the outbox backlog; keeping the last values");
  }
}
