package com.creditbridge.hold.action;

import com.creditbridge.contracts.ReviewEventType;
import com.creditbridge.hold.HoldProperties;
import com.creditbridge.hold.review.ReviewRequest;
import com.creditbridge.hold.review.ReviewRules;
import com.creditbridge.hold.timeline.TimelineKind;
import com.creditbridge.hold.timeline.TimelineStore;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.runtime.BackgroundLoop;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Sends review requests nobody decided within {@code reviewRequestHours} to the credit managers,
 * once: each open request has a due row; a pass claims the rows whose time has come (under the
 * injected clock) with {@code FOR UPDATE SKIP LOCKED}, deletes them, and marks each request
 * escalated with a timeline entry and a {@code credit.review.escalated} event, in one transaction.
 * The notification-service emails the credit managers from that event.
 */
@Component
class ReviewEscalation extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(ReviewEscalation.class);
  private static final int BATCH = 100;

  private final ReviewStore store;
  private final TimelineStore timeline;
  private final Outbox outbox;
  private final TransactionalOperator transactions;
  private final HoldProperties properties;
  private final Clock clock;
  private final Scheduler scheduler = Schedulers.newSingle("review-escalation", true);

  ReviewEscalation(
      ReviewStore store,
      TimelineStore timeline,
      Outbox outbox,
      TransactionalOperator transactions,
      HoldProperties properties,
      Clock clock) {
    this.store = store;
    this.timeline = timeline;
    this.outbox = outbox;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  /** Escalates every request due now, a batch per transaction; returns how many. */
  Mono<Long> escalateDue() {
    return batch().expand(n -> n == BATCH ? batch() : Mono.empty()).reduce(0L, Long::sum);
  }

  private Mono<Long> batch() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return transactions.transactional(
        store.claimDue(now, BATCH).concatMap(view -> escalate(view.toRequest(), now)).count());
  }

  private Mono<Void> escalate(ReviewRequest open, Instant now) {
    ReviewRequest escalated = ReviewRules.escalate(open, now);
    ReviewView view = ReviewView.of(escalated);
    return store
        .update(view)
        .then(
            timeline.append(
                escalated.accountId(),
                now,
                TimelineKind.REVIEW_ESCALATED,
                null,
                ReviewSentences.escalated(escalated),
                view))
        .then(outbox.append(ReviewEvents.of(ReviewEventType.ESCALATED, view, now)));
  }

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.interval(properties.reevaluationPollInterval(), scheduler),
        this::escalateDue,
        log,
        "Escalating undecided review requests failed; retrying on the next tick");
  }
}
