package com.creditbridge.hold.action;

import com.creditbridge.hold.action.ActionFacts.Ending;
import com.creditbridge.hold.action.ActionFacts.GrantedOverride;
import com.creditbridge.hold.action.ActionOutcomes.InvalidRequest;
import com.creditbridge.hold.action.ActionOutcomes.NoOverrideToEnd;
import com.creditbridge.hold.action.ActionOutcomes.OverrideEnded;
import com.creditbridge.hold.action.ActionOutcomes.OverrideGranted;
import com.creditbridge.hold.action.ActionOutcomes.OverrideOutcome;
import com.creditbridge.hold.action.ActionRequests.OverrideRequest;
import com.creditbridge.hold.timeline.TimelineKind;
import com.creditbridge.hold.timeline.TimelineStore;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Grants and ends overrides, each with its timeline entry and a re-evaluation. */
@Service
class OverrideService {

  private final ActionTransaction transaction;
  private final ActionStore store;
  private final TimelineStore timeline;

  OverrideService(ActionTransaction transaction, ActionStore store, TimelineStore timeline) {
    this.transaction = transaction;
    this.store = store;
    this.timeline = timeline;
  }

  /** A new override replaces the one in force (documented in the README). */
  Mono<OverrideOutcome> grant(String accountId, OverrideRequest request) {
    return transaction.run(accountId, context -> grantIn(context, accountId, request));
  }

  /**
   * Grants the override inside an action already running on the locked account (an approved review
   * request's, too); refuses invalid fields, which rolls the whole action back.
   */
  Mono<OverrideOutcome> grantIn(
      ActionTransaction.Context context, String accountId, OverrideRequest request) {
    List<FieldProblem> problems =
        ActionRules.check(request, context.policy().settings(), context.today());
    if (!problems.isEmpty()) {
      return ActionTransaction.refuse(new InvalidRequest(problems));
    }
    GrantedOverride override =
        new GrantedOverride(
            UUID.randomUUID().toString(),
            accountId,
            request.reason(),
            request.approvedBy(),
            request.until(),
            context.now());
    return store
        .endOverride(accountId, request.approvedBy(), context.now(), null)
        .then(
            store.insertOverride(
                override.overrideId(),
                accountId,
                override.reason(),
                override.approvedBy(),
                override.until(),
                override.createdAt()))
        .then(
            timeline.append(
                accountId,
                context.now(),
                TimelineKind.OVERRIDE_GRANTED,
                override.approvedBy(),
                ActionSentences.overrideGranted(override),
                override))
        .thenReturn(new OverrideGranted(override));
  }

  Mono<OverrideOutcome> end(String accountId, String endedBy, String reason) {
    List<FieldProblem> problems = ActionRules.checkEnding(endedBy, reason);
    if (!problems.isEmpty()) {
      return Mono.just(new InvalidRequest(problems));
    }
    return transaction.run(
        accountId,
        context ->
            store
                .endOverride(accountId, endedBy, context.now(), context.today())
                .filter(Boolean::booleanValue)
                .switchIfEmpty(ActionTransaction.refuse(new NoOverrideToEnd(accountId)))
                .then(
                    timeline.append(
                        accountId,
                        context.now(),
                        TimelineKind.OVERRIDE_ENDED,
                        endedBy,
                        ActionSentences.ended("The override", endedBy, reason),
                        Ending.of(endedBy, reason)))
                .thenReturn(new OverrideEnded()));
  }
}
