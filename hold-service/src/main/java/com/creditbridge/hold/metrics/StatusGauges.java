package com.creditbridge.hold.metrics;

import com.creditbridge.hold.HoldProperties;
import com.creditbridge.platform.runtime.BackgroundLoop;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The hold-service's gauges, refreshed from the database every {@code gaugeRefreshInterval}: the
 * numbers are over all accounts, so every replica reports the same and none keeps them in memory.
 */
@Component
class StatusGauges extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(StatusGauges.class);

  private final DatabaseClient db;
  private final HoldProperties properties;
  private final Clock clock;
  private final MultiGauge byStatus;
  private final MultiGauge exposureOnHold;
  private final MultiGauge byReason;
  private final MultiGauge approachingThisWeek;

  StatusGauges(DatabaseClient db, MeterRegistry registry, HoldProperties properties, Clock clock) {
    this.db = db;
    this.properties = properties;
    this.clock = clock;
    byStatus = MultiGauge.builder("creditbridge.accounts.by.status").register(registry);
    exposureOnHold = MultiGauge.builder("creditbridge.exposure.on.hold").register(registry);
    byReason = MultiGauge.builder("creditbridge.accounts.by.reason").register(registry);
    approachingThisWeek =
        MultiGauge.builder("creditbridge.accounts.approaching.this.week").register(registry);
  }

  Mono<Void> refresh() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Mono<Void> statuses =
        rows("select status as tag, count(*)::float8 as value from credit_status group by status")
            .doOnNext(rows -> byStatus.register(rows("status", rows), true))
            .then();
    Mono<Void> exposure =
        rows("select currency as tag, sum(exposure)::float8 as value from credit_status"
                + " where status = 'ON_HOLD' group by currency")
            .doOnNext(rows -> exposureOnHold.register(rows("currency", rows), true))
            .then();
    Mono<Void> reasons =
        rows("select r ->> 'code' as tag, count(distinct account_id)::float8 as value"
                + " from credit_status, jsonb_array_elements(reasons) r group by 1")
            .doOnNext(rows -> byReason.register(rows("code", rows), true))
            .then();
    Mono<Void> week =
        db.sql(
                "select count(*)::float8 as value from credit_status where status = 'APPROACHING'"
                    + " and projected_hold_on <= :until")
            .bind("until", today.plusDays(7))
            .map(row -> row.get("value", Double.class))
            .one()
            .doOnNext(
                value ->
                    approachingThisWeek.register(
                        List.of(MultiGauge.Row.of(Tags.empty(), value)), true))
            .then();
    return statuses.then(exposure).then(reasons).then(week);
  }

  private Mono<List<TagValue>> rows(String sql) {
    return db.sql(sql)
        .map(row -> new TagValue(row.get("tag", String.class), row.get("value", Double.class)))
        .all()
        .collectList();
  }

  private static List<MultiGauge.Row<?>> rows(String tag, List<TagValue> values) {
    return values.stream()
        .<MultiGauge.Row<?>>map(v -> MultiGauge.Row.of(Tags.of(tag, v.tag()), v.value()))
        .toList();
  }

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.interval(
            Duration.ZERO,
            properties.gaugeRefreshInterval(),
            Schedulers.newSingle("status-gauges", true)),
        this::refresh,
        log,
        "Could not refresh the status gauges");
  }

  private record TagValue(String tag, Double value) {}
}
