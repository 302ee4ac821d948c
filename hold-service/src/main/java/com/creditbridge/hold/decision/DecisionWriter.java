package com.creditbridge.hold.decision;

import com.creditbridge.hold.decision.AccountSnapshot.LedgerChange;
import com.creditbridge.hold.policy.CreditReason;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.hold.policy.PromiseState;
import com.creditbridge.hold.store.StoredReason;
import com.creditbridge.hold.timeline.TimelineEntry;
import com.creditbridge.hold.timeline.TimelineKind;
import com.creditbridge.hold.timeline.TimelineStore;
import com.creditbridge.hold.wording.WordingInForce;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxMessage;
import com.creditbridge.platform.wording.Wording;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes a batch of evaluations in the caller's transaction with a fixed number of statements:
 * every current decision, the history and timeline rows of the accounts whose view changed, then
 * the promises that closed and all the events in one outbox statement (in order within an account).
 */
@Component
class DecisionWriter {

  private static final Logger log = LoggerFactory.getLogger(DecisionWriter.class);

  private final DecisionStore decisions;
  private final HoldEvents holdEvents;
  private final TimelineStore timeline;
  private final Outbox outbox;
  private final WordingInForce wordings;

  DecisionWriter(
      DecisionStore decisions,
      HoldEvents holdEvents,
      TimelineStore timeline,
      Outbox outbox,
      WordingInForce wordings) {
    this.decisions = decisions;
    this.holdEvents = holdEvents;
    this.timeline = timeline;
    this.outbox = outbox;
    this.wordings = wordings;
  }

  /**
   * Evaluates and writes the accounts; {@code causeEventIds} gives the event that caused an
   * account's evaluation (null for none). The events word the reasons in the wording in force.
   */
  Mono<List<Announced>> write(
      List<AccountInputs> accounts,
      PolicyVersion version,
      Trigger trigger,
      Function<String, String> causeEventIds,
      Instant now) {
    return wordings
        .current()
        .flatMap(wording -> write(accounts, version, wording, trigger, causeEventIds, now));
  }

  private Mono<List<Announced>> write(
      List<AccountInputs> accounts,
      PolicyVersion version,
      Wording wording,
      Trigger trigger,
      Function<String, String> causeEventIds,
      Instant now) {
    List<PlannedDecision> evaluations =
        accounts.stream().map(inputs -> DecisionPlanner.plan(inputs, version, now)).toList();
    List<PlannedDecision> changed =
        evaluations.stream().filter(PlannedDecision::viewChanged).toList();
    List<Announced> announced = new ArrayList<>();
    List<OutboxMessage> messages = new ArrayList<>();
    for (PlannedDecision evaluation : evaluations) {
      if (evaluation.viewChanged() || evaluation.promiseNowClosed() != null) {
        HoldEvents.Announcement announcement =
            holdEvents.announce(evaluation, version.settings(), trigger, wording);
        messages.addAll(announcement.messages());
        announced.add(new Announced(announcement.holdEvents(), acceptedAt(evaluation)));
      } else {
        announced.add(new Announced(List.of(), acceptedAt(evaluation)));
      }
    }
    changed.stream()
        .filter(PlannedDecision::statusChanged)
        .forEach(
            e ->
                log.info(
                    "Account {} is now {} (was {}), decision {}",
                    e.decision().accountId(),
                    e.decision().status(),
                    e.decision().previousStatus(),
                    e.decision().decisionId()));
    // the events of the whole batch in one statement, each account's in the order it emits them
    return decisions
        .saveCurrent(evaluations.stream().map(PlannedDecision::decision).toList())
        .then(
            decisions.appendHistory(
                changed.stream().map(PlannedDecision::decision).toList(),
                trigger.tag(),
                causeEventIds))
        .then(
            timeline.appendAll(
                changed.stream()
                    .map(
                        e ->
                            decisionEntry(
                                e, trigger, causeEventIds.apply(e.decision().accountId())))
                    .toList()))
        .thenMany(
            Flux.fromIterable(evaluations)
                .filter(e -> e.promiseNowClosed() != null)
                .concatMap(this::closePromise))
        .then(outbox.appendAll(messages))
        .thenReturn(announced);
  }

  private static Instant acceptedAt(PlannedDecision evaluation) {
    LedgerChange cause = evaluation.inputs().snapshot().cause();
    return cause == null ? null : cause.acceptedAt();
  }

  private static TimelineEntry decisionEntry(
      PlannedDecision evaluation, Trigger trigger, String causeEventId) {
    AccountDecision decision = evaluation.decision();
    LedgerChange cause = evaluation.inputs().snapshot().cause();
    return new TimelineEntry(
        decision.accountId(),
        decision.evaluatedAt(),
        TimelineKind.DECISION,
        null,
        summary(decision),
        new DecisionEntry(
            decision.decisionId(),
            decision.status().name(),
            decision.previousStatus().name(),
            decision.reasons().stream().map(StoredReason::of).toList(),
            decision.projectedHoldOn(),
            money(decision, decision.cureAmount()),
            money(decision, decision.exposure()),
            decision.policyVersion(),
            trigger.tag(),
            causeEventId,
            cause == null ? null : cause.eventId(),
            cause == null ? null : cause.type()));
  }

  private Mono<Void> closePromise(PlannedDecision evaluation) {
    PromiseState closed = evaluation.promiseNowClosed();
    if (closed == null) {
      return Mono.empty();
    }
    AccountDecision decision = evaluation.decision();
    AccountInputs.OpenPromise promise = evaluation.inputs().promise();
    String summary =
        closed == PromiseState.KEPT
            ? "The promise to pay %s by %s was kept."
                .formatted(format(decision, promise.amount()), promise.promisedOn())
            : "The promise to pay %s by %s was broken: %s arrived in time."
                .formatted(
                    format(decision, promise.amount()),
                    promise.promisedOn(),
                    format(decision, promise.paidSince(evaluation.inputs().snapshot().credit())));
    return decisions
        .closePromise(promise.promiseId(), closed, decision.evaluatedAt())
        .then(
            timeline.appendAll(
                List.of(
                    new TimelineEntry(
                        decision.accountId(),
                        decision.evaluatedAt(),
                        closed == PromiseState.KEPT
                            ? TimelineKind.PROMISE_KEPT
                            : TimelineKind.PROMISE_BROKEN,
                        promise.recordedBy(),
                        summary,
                        new PromiseClosedEntry(promise.promiseId(), closed.name())))));
  }

  private static String summary(AccountDecision decision) {
    String head =
        decision.changedStatus()
            ? "Status %s (was %s)".formatted(decision.status(), decision.previousStatus())
            : "Status %s, reasons or figures changed".formatted(decision.status());
    String reasons =
        decision.reasons().stream().map(CreditReason::message).collect(Collectors.joining(" "));
    return reasons.isEmpty() ? head + "." : head + ": " + reasons;
  }

  private static String money(AccountDecision decision, BigDecimal amount) {
    return amount == null
        ? null
        : CurrencyUnit.of(decision.currency()).scaled(amount).toPlainString();
  }

  private static String format(AccountDecision decision, BigDecimal amount) {
    return CurrencyUnit.of(decision.currency()).format(amount);
  }

  /** The timeline's detail of a decision: its reasons, policy version and cause. */
  record DecisionEntry(
      String decisionId,
      String status,
      String previousStatus,
      List<StoredReason> reasons,
      LocalDate projectedHoldOn,
      String cureAmount,
      String exposure,
      long policyVersion,
      String trigger,
      String causeEventId,
      String ledgerEventId,
      String ledgerEventType) {}

  record PromiseClosedEntry(String promiseId, String state) {}
}
