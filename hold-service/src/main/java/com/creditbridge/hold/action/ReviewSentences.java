package com.creditbridge.hold.action;

import com.creditbridge.hold.review.ReviewRequest;
import com.creditbridge.hold.review.ReviewRequest.Approval;

/** The sentences a person reads about a review request: timeline summaries, override reasons. */
final class ReviewSentences {

  private ReviewSentences() {}

  static String requested(ReviewRequest r) {
    String who = r.requestedBy().name();
    String approvals =
        r.approvalsNeeded() >= 2
            ? "credit and the sales manager decide together"
            : "credit decides";
    return who + " asked for a review: " + r.reason() + " (" + approvals + ")";
  }

  /** Who took the request's latest decision. */
  static String lastDecider(ReviewRequest r) {
    if (r.decline() != null) {
      return r.decline().by().name();
    }
    return r.approvals().get(r.approvals().size() - 1).by().name();
  }

  static String decided(ReviewRequest r) {
    if (r.decline() != null) {
      return r.decline().by().name() + " declined the review request: " + r.decline().comment();
    }
    Approval last = r.approvals().get(r.approvals().size() - 1);
    String comment =
        last.comment() == null || last.comment().isBlank() ? "" : ": " + last.comment();
    if (r.isOpen()) {
      return last.by().name()
          + " approved the review request; "
          + (r.approvalsNeeded() - r.approvals().size())
          + " more approval needed"
          + comment;
    }
    return last.by().name() + " approved the review request" + comment;
  }

  /** The override an approved request becomes cites it. */
  static String overrideReason(ReviewRequest r) {
    String reason = "Approved review request " + r.id() + ": " + r.reason();
    return reason.length() <= ActionRules.MAX_WHY
        ? reason
        : reason.substring(0, ActionRules.MAX_WHY);
  }

  static String promiseNote(ReviewRequest r) {
    return "With review request " + r.id();
  }

  static String escalated(ReviewRequest r) {
    return "The review request of "
        + r.requestedBy().name()
        + " is still open: it goes to the credit managers";
  }
}
