package com.creditbridge.hold.action;

import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.action.ActionOutcomes.InvalidRequest;
import com.creditbridge.hold.action.ActionOutcomes.ReviewAlreadyDecided;
import com.creditbridge.hold.action.ActionOutcomes.ReviewAlreadyOpen;
import com.creditbridge.hold.action.ActionOutcomes.ReviewAnswered;
import com.creditbridge.hold.action.ActionOutcomes.ReviewDecisionNotAllowed;
import com.creditbridge.hold.action.ActionOutcomes.ReviewOutcome;
import com.creditbridge.hold.action.ActionOutcomes.UnknownAccount;
import com.creditbridge.hold.action.ActionOutcomes.UnknownReview;
import com.creditbridge.platform.problem.ApiProblem;

/**
 * The web layer's reading of review outcomes: the request as it is now, or the problem (404 unknown
 * account or request, 409 an open request already or a decided one, 403 a decider not allowed, 400
 * invalid fields).
 */
final class ReviewAnswers {

  private ReviewAnswers() {}

  static ReviewView review(ReviewOutcome outcome) {
    if (outcome instanceof ReviewAnswered answered) {
      return ReviewView.of(answered.request());
    }
    if (outcome instanceof UnknownAccount unknown) {
      throw ActionsController.unknown(unknown.accountId());
    }
    if (outcome instanceof UnknownReview unknown) {
      throw unknownReview(unknown.reviewId());
    }
    if (outcome instanceof ReviewAlreadyOpen open) {
      throw ApiProblem.conflict(
          "Account " + open.accountId() + " has an open review request already.");
    }
    if (outcome instanceof ReviewAlreadyDecided decided) {
      throw ApiProblem.conflict("Review request " + decided.reviewId() + " is decided already.");
    }
    if (outcome instanceof ReviewDecisionNotAllowed notAllowed) {
      throw VisibleAccounts.forbidden(notAllowed.why());
    }
    if (outcome instanceof InvalidRequest invalid) {
      throw ApiProblem.badRequest("The request has invalid fields.", invalid.problems());
    }
    throw new IllegalStateException("No answer for " + outcome);
  }

  static ApiProblem unknownReview(String reviewId) {
    return ApiProblem.notFound("Unknown review request " + reviewId);
  }
}
