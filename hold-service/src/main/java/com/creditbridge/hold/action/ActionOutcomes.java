package com.creditbridge.hold.action;

import com.creditbridge.hold.action.ActionFacts.GrantedOverride;
import com.creditbridge.hold.action.ActionFacts.PlacedHold;
import com.creditbridge.hold.action.ActionFacts.RecordedPromise;
import com.creditbridge.hold.action.ActionFacts.WrittenNote;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;

/**
 * How each action family ends: done, or refused for a reason the web layer turns into a problem.
 * Refusals change nothing (their transaction is rolled back).
 */
final class ActionOutcomes {

  private ActionOutcomes() {}

  sealed interface HoldOutcome {}

  sealed interface OverrideOutcome {}

  sealed interface PromiseOutcome {}

  sealed interface NoteOutcome {}

  /** The service does not know the account. */
  record UnknownAccount(String accountId)
      implements HoldOutcome, OverrideOutcome, PromiseOutcome, NoteOutcome {}

  /** The request breaks the rules of {@link ActionRules}. */
  record InvalidRequest(List<FieldProblem> problems)
      implements HoldOutcome, OverrideOutcome, PromiseOutcome, NoteOutcome {}

  record HoldPlaced(PlacedHold hold) implements HoldOutcome {}

  record HoldEnded() implements HoldOutcome {}

  record AlreadyOnHold(String accountId) implements HoldOutcome {}

  record NoHoldToEnd(String accountId) implements HoldOutcome {}

  record OverrideGranted(GrantedOverride override) implements OverrideOutcome {}

  record OverrideEnded() implements OverrideOutcome {}

  record NoOverrideToEnd(String accountId) implements OverrideOutcome {}

  record PromiseRecorded(RecordedPromise promise) implements PromiseOutcome {}

  record NoteAdded(WrittenNote note) implements NoteOutcome {}
}
