package com.creditbridge.hold.decision;

import com.creditbridge.hold.HoldProperties;
import com.creditbridge.platform.runtime.BackgroundLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Re-evaluates the accounts nobody else touches: those whose next time-driven change is due (an
 * invoice crossing a threshold, a promise's grace ending, an override expiring) and those still
 * decided with an older policy version. Each batch is claimed with {@code FOR UPDATE SKIP LOCKED}
 * and handled in its own transaction, so replicas share the work and a restart resumes it. After
 * each pass the re-evaluation after a policy change is closed once none is left ({@link
 * PolicyReevaluations}).
 */
@Component
public class TimeDrivenReevaluation extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(TimeDrivenReevaluation.class);

  private final CreditDecisionService decisions;
  private final PolicyReevaluations policyReevaluations;
  private final HoldProperties properties;
  private final Scheduler scheduler = Schedulers.newSingle("reevaluation", true);
  private final Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();

  TimeDrivenReevaluation(
      CreditDecisionService decisions,
      PolicyReevaluations policyReevaluations,
      HoldProperties properties) {
    this.decisions = decisions;
    this.policyReevaluations = policyReevaluations;
    this.properties = properties;
  }

  /** Starts a pass now instead of at the next poll, e.g. after a policy change. */
  public void wakeUp() {
    wakeUps.tryEmitNext(true);
  }

  /** Re-evaluates everything due now, batch after batch; returns how many accounts it evaluated. */
  public Mono<Long> drain() {
    int size = properties.reevaluationBatchSize();
    Mono<Long> due =
        decisions
            .reevaluateDue(size)
            .expand(n -> n == size ? decisions.reevaluateDue(size) : Mono.empty())
            .reduce(0L, Long::sum);
    Mono<Long> outdated =
        decisions
            .reevaluateOutdated(size)
            .expand(n -> n == size ? decisions.reevaluateOutdated(size) : Mono.empty())
            .reduce(0L, Long::sum);
    return due.zipWith(outdated, Long::sum)
        .flatMap(evaluated -> policyReevaluations.closeIfDone().thenReturn(evaluated));
  }

  @Override
  protected Disposable begin() {
    return passEachTick(
        Flux.merge(
            Flux.interval(properties.reevaluationPollInterval(), scheduler),
            wakeUps.asFlux().map(wake -> 0L)),
        this::drain,
        log,
        "Re-evaluation failed; retrying on the next poll");
  }
}
