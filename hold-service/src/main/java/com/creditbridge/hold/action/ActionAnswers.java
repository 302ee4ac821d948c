package com.creditbridge.hold.action;

import com.creditbridge.hold.action.ActionFacts.GrantedOverride;
import com.creditbridge.hold.action.ActionFacts.PlacedHold;
import com.creditbridge.hold.action.ActionFacts.RecordedPromise;
import com.creditbridge.hold.action.ActionFacts.WrittenNote;
import com.creditbridge.hold.action.ActionOutcomes.AlreadyOnHold;
import com.creditbridge.hold.action.ActionOutcomes.HoldEnded;
import com.creditbridge.hold.action.ActionOutcomes.HoldOutcome;
import com.creditbridge.hold.action.ActionOutcomes.HoldPlaced;
import com.creditbridge.hold.action.ActionOutcomes.InvalidRequest;
import com.creditbridge.hold.action.ActionOutcomes.NoHoldToEnd;
import com.creditbridge.hold.action.ActionOutcomes.NoOverrideToEnd;
import com.creditbridge.hold.action.ActionOutcomes.NoteAdded;
import com.creditbridge.hold.action.ActionOutcomes.NoteOutcome;
import com.creditbridge.hold.action.ActionOutcomes.OverrideEnded;
import com.creditbridge.hold.action.ActionOutcomes.OverrideGranted;
import com.creditbridge.hold.action.ActionOutcomes.OverrideOutcome;
import com.creditbridge.hold.action.ActionOutcomes.PromiseOutcome;
import com.creditbridge.hold.action.ActionOutcomes.PromiseRecorded;
import com.creditbridge.hold.action.ActionOutcomes.UnknownAccount;
import com.creditbridge.hold.action.ActionViews.HoldView;
import com.creditbridge.hold.action.ActionViews.NoteView;
import com.creditbridge.hold.action.ActionViews.OverrideView;
import com.creditbridge.hold.action.ActionViews.PromiseView;
import com.creditbridge.platform.problem.ApiProblem;

/**
 * The web layer's reading of the actions' outcomes: the answer body, or the RFC 9457 problem the
 * service's error handler writes (404 unknown account, 409 nothing to end or on hold already, 400
 * invalid fields).
 */
final class ActionAnswers {

  private ActionAnswers() {}

  static HoldView hold(HoldOutcome outcome) {
    if (outcome instanceof HoldPlaced placed) {
      PlacedHold hold = placed.hold();
      return new HoldView(
          hold.holdId(), hold.accountId(), hold.reason(), hold.placedBy(), hold.placedAt());
    }
    if (outcome instanceof HoldEnded) {
      return null;
    }
    if (outcome instanceof AlreadyOnHold already) {
      throw ApiProblem.conflict("Account " + already.accountId() + " is on a manual hold already");
    }
    if (outcome instanceof NoHoldToEnd none) {
      throw ApiProblem.conflict("Account " + none.accountId() + " has no manual hold to end");
    }
    throw refusal(outcome);
  }

  static OverrideView override(OverrideOutcome outcome) {
    if (outcome instanceof OverrideGranted granted) {
      GrantedOverride o = granted.override();
      return new OverrideView(
          o.overrideId(), o.accountId(), o.reason(), o.approvedBy(), o.until(), o.createdAt());
    }
    if (outcome instanceof OverrideEnded) {
      return null;
    }
    if (outcome instanceof NoOverrideToEnd none) {
      throw ApiProblem.conflict("Account " + none.accountId() + " has no override in force to end");
    }
    throw refusal(outcome);
  }

  static PromiseView promise(PromiseOutcome outcome) {
    if (outcome instanceof PromiseRecorded recorded) {
      RecordedPromise p = recorded.promise();
      return new PromiseView(
          p.promiseId(),
          p.accountId(),
          p.amount(),
          p.currency(),
          p.promisedOn(),
          p.graceEndsOn(),
          p.recordedBy(),
          p.note(),
          p.recordedAt(),
          p.state());
    }
    throw refusal(outcome);
  }

  static NoteView note(NoteOutcome outcome) {
    if (outcome instanceof NoteAdded added) {
      WrittenNote n = added.note();
      return new NoteView(n.noteId(), n.accountId(), n.author(), n.text(), n.createdAt());
    }
    throw refusal(outcome);
  }

  /** The refusals every action family shares. */
  private static ApiProblem refusal(Object outcome) {
    if (outcome instanceof UnknownAccount unknown) {
      return ActionsController.unknown(unknown.accountId());
    }
    if (outcome instanceof InvalidRequest invalid) {
      return ApiProblem.badRequest("The request has invalid fields.", invalid.problems());
    }
    throw new IllegalStateException("No answer for " + outcome);
  }
}
