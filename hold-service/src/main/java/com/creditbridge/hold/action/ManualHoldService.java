package com.creditbridge.hold.action;

import com.creditbridge.hold.action.ActionFacts.Ending;
import com.creditbridge.hold.action.ActionFacts.PlacedHold;
import com.creditbridge.hold.action.ActionOutcomes.AlreadyOnHold;
import com.creditbridge.hold.action.ActionOutcomes.HoldEnded;
import com.creditbridge.hold.action.ActionOutcomes.HoldOutcome;
import com.creditbridge.hold.action.ActionOutcomes.HoldPlaced;
import com.creditbridge.hold.action.ActionOutcomes.InvalidRequest;
import com.creditbridge.hold.action.ActionOutcomes.NoHoldToEnd;
import com.creditbridge.hold.action.ActionRequests.HoldRequest;
import com.creditbridge.hold.timeline.TimelineKind;
import com.creditbridge.hold.timeline.TimelineStore;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Places and ends manual holds, each with its timeline entry and a re-evaluation. */
@Service
class ManualHoldService {

  private final ActionTransaction transaction;
  private final ActionStore store;
  private final TimelineStore timeline;

  ManualHoldService(ActionTransaction transaction, ActionStore store, TimelineStore timeline) {
    this.transaction = transaction;
    this.store = store;
    this.timeline = timeline;
  }

  Mono<HoldOutcome> place(String accountId, HoldRequest request) {
    List<FieldProblem> problems = ActionRules.check(request);
    if (!problems.isEmpty()) {
      return Mono.just(new InvalidRequest(problems));
    }
    return transaction.run(
        accountId,
        context -> {
          PlacedHold hold =
              new PlacedHold(
                  UUID.randomUUID().toString(),
                  accountId,
                  request.reason(),
                  request.placedBy(),
                  context.now());
          return store
              .placeHold(hold.holdId(), accountId, hold.reason(), hold.placedBy(), hold.placedAt())
              .filter(Boolean::booleanValue)
              .switchIfEmpty(ActionTransaction.refuse(new AlreadyOnHold(accountId)))
              .then(
                  timeline.append(
                      accountId,
                      context.now(),
                      TimelineKind.HOLD_PLACED,
                      hold.placedBy(),
                      ActionSentences.holdPlaced(hold),
                      hold))
              .thenReturn(new HoldPlaced(hold));
        });
  }

  Mono<HoldOutcome> end(String accountId, String endedBy, String reason) {
    List<FieldProblem> problems = ActionRules.checkEnding(endedBy, reason);
    if (!problems.isEmpty()) {
      return Mono.just(new InvalidRequest(problems));
    }
    return transaction.run(
        accountId,
        context ->
            store
                .endHold(accountId, endedBy, context.now())
                .filter(Boolean::booleanValue)
                .switchIfEmpty(ActionTransaction.refuse(new NoHoldToEnd(accountId)))
                .then(
                    timeline.append(
                        accountId,
                        context.now(),
                        TimelineKind.HOLD_ENDED,
                        endedBy,
                        ActionSentences.ended("The manual hold", endedBy, reason),
                        Ending.of(endedBy, reason)))
                .thenReturn(new HoldEnded()));
  }
}
