package com.creditbridge.hold.action;

import com.creditbridge.hold.action.ActionFacts.GrantedOverride;
import com.creditbridge.hold.action.ActionFacts.PlacedHold;
import com.creditbridge.hold.action.ActionFacts.RecordedPromise;
import com.creditbridge.hold.action.ActionFacts.WrittenNote;
import com.creditbridge.hold.review.ReviewRequest;
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

  /** How asking for, deciding on and reading a review request ends. */
  sealed interface ReviewOutcome {}

  /** The service does not know the account. */
  record UnknownAccount(String accountId)
      implements HoldOutcome, OverrideOutcome, PromiseOutcome, NoteOutcome, ReviewOutcome {}

  /** The request breaks the rules of {@link ActionRules}. */
  record InvalidRequest(List<FieldProblem> problems)
      implements HoldOutcome, OverrideOutcome, PromiseOutcome, NoteOutcome, ReviewOutcome {}

  record HoldPlaced(PlacedHold hold) implements HoldOutcome {}

  record HoldEnded() implements HoldOutcome {}

  record AlreadyOnHold(String accountId) implements HoldOutcome {}

  record NoHoldToEnd(String accountId) implements HoldOutcome {}

  record OverrideGranted(GrantedOverride override) implements OverrideOutcome {}

  record OverrideEnded() implements OverrideOutcome {}

  record NoOverrideToEnd(String accountId) implements OverrideOutcome {}

  record PromiseRecorded(RecordedPromise promise) implements PromiseOutcome {}

  record NoteAdded(WrittenNote note) implements NoteOutcome {}

  /** Asked, approved by one of two, approved or declined: the request as it is now. */
  record ReviewAnswered(ReviewRequest request) implements ReviewOutcome {}

  record UnknownReview(String reviewId) implements ReviewOutcome {}

  /** The account has an open request already (409). */
  record ReviewAlreadyOpen(String accountId) implements ReviewOutcome {}

  /** The request was approved or declined already (409). */
  record ReviewAlreadyDecided(String reviewId) implements ReviewOutcome {}

  /** The decider may not take this decision (403), with why. */
  record ReviewDecisionNotAllowed(String why) implements ReviewOutcome {}
}
