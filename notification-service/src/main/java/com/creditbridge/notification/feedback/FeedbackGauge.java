package com.creditbridge.notification.feedback;

import com.creditbridge.notification.DigestZone;
import com.creditbridge.notification.feedback.signing.FeedbackWeek;
import com.creditbridge.platform.runtime.BackgroundLoop;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code creditbridge_sales_feedback_score}: the average answer about the last full week (NaN
 * without answers), read from the database every refresh, so every replica shows the same.
 */
@Component
class FeedbackGauge extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(FeedbackGauge.class);

  private final FeedbackAnswers answers;
  private final FeedbackProperties properties;
  private final ZoneId zone;
  private final Clock clock;
  private final AtomicReference<Double> score = new AtomicReference<>(Double.NaN);

  FeedbackGauge(
      FeedbackAnswers answers,
      FeedbackProperties properties,
      DigestZone zone,
      MeterRegistry meters,
      Clock clock) {
    this.answers = answers;
    this.properties = properties;
    this.zone = zone.zone();
    this.clock = clock;
    Gauge.builder("creditbridge.sales.feedback.score", score, AtomicReference::get)
        .description("Average answer (1-5) of sales reps about the last full week")
        .register(meters);
  }

  /** Reads the last full week's average now. */
  Mono<Double> refresh() {
    FeedbackWeek lastFull = FeedbackWeek.containing(clock.instant(), zone).previous();
    return answers
        .summary(List.of(lastFull))
        .map(weeks -> weeks.get(0).average() == null ? Double.NaN : weeks.get(0).average())
        .doOnNext(score::set);
  }

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.interval(properties.gaugeRefresh().dividedBy(10), properties.gaugeRefresh()),
        this::refresh,
        log,
        "Reading the sales feedback score failed; trying again later");
  }
}
