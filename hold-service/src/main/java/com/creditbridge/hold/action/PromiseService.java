package com.creditbridge.hold.action;

import com.creditbridge.hold.action.ActionFacts.RecordedPromise;
import com.creditbridge.hold.action.ActionFacts.Replacement;
import com.creditbridge.hold.action.ActionOutcomes.InvalidRequest;
import com.creditbridge.hold.action.ActionOutcomes.PromiseOutcome;
import com.creditbridge.hold.action.ActionOutcomes.PromiseRecorded;
import com.creditbridge.hold.action.ActionRequests.PromiseRequest;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.timeline.TimelineKind;
import com.creditbridge.hold.timeline.TimelineStore;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Records promises to pay: one per account at a time, a new one replaces the current one. The
 * promise remembers the account's received total, so later payments show it kept.
 */
@Service
class PromiseService {

  private final ActionTransaction transaction;
  private final ActionStore store;
  private final TimelineStore timeline;

  PromiseService(ActionTransaction transaction, ActionStore store, TimelineStore timeline) {
    this.transaction = transaction;
    this.store = store;
    this.timeline = timeline;
  }

  Mono<PromiseOutcome> record(String accountId, PromiseRequest request) {
    return transaction.run(accountId, context -> recordIn(context, accountId, request));
  }

  /**
   * Records the promise inside an action already running on the locked account (a review request's,
   * too); refuses invalid fields, which rolls the whole action back.
   */
  Mono<PromiseOutcome> recordIn(
      ActionTransaction.Context context, String accountId, PromiseRequest request) {
    String currency = context.account().currency();
    CurrencyUnit unit = CurrencyUnit.of(currency);
    List<FieldProblem> problems =
        ActionRules.check(request, context.policy().settings(), context.today(), unit);
    if (!problems.isEmpty()) {
      return ActionTransaction.refuse(new InvalidRequest(problems));
    }
    RecordedPromise promise =
        new RecordedPromise(
            UUID.randomUUID().toString(),
            accountId,
            unit.scaled(request.amount()).toPlainString(),
            currency,
            request.promisedOn(),
            request.promisedOn().plusDays(context.policy().settings().promiseGraceDays()),
            request.recordedBy(),
            request.note(),
            context.now(),
            "OPEN");
    Mono<Void> replace =
        store
            .replacePromise(accountId, context.now())
            .filter(Boolean::booleanValue)
            .flatMap(
                replaced ->
                    timeline.append(
                        accountId,
                        context.now(),
                        TimelineKind.PROMISE_REPLACED,
                        request.recordedBy(),
                        ActionSentences.PROMISE_REPLACED,
                        new Replacement(promise.promiseId())));
    return replace
        .then(
            store.insertPromise(
                promise.promiseId(),
                accountId,
                unit.scaled(request.amount()),
                request.promisedOn(),
                request.recordedBy(),
                request.note(),
                context.account().receivedTotal(),
                context.now()))
        .then(
            timeline.append(
                accountId,
                context.now(),
                TimelineKind.PROMISE_RECORDED,
                promise.recordedBy(),
                ActionSentences.promiseRecorded(
                    promise.recordedBy(),
                    unit,
                    request.amount(),
                    promise.promisedOn(),
                    promise.note()),
                promise))
        .thenReturn(new PromiseRecorded(promise));
  }
}
