package com.creditbridge.hold.review;

import com.creditbridge.platform.problem.FieldProblem;
import java.time.LocalDate;
import java.util.List;

/** What a decision on a review request comes to; the refusals change nothing. */
public sealed interface Verdict {

  /** An approval is in, another is still needed: the request stays open. */
  record ApprovalRecorded(ReviewRequest request) implements Verdict {}

  /** The last needed approval is in: an override until {@code until} follows. */
  record Approved(ReviewRequest request, LocalDate until) implements Verdict {}

  record Declined(ReviewRequest request) implements Verdict {}

  /** The request was approved or declined already (409). */
  record AlreadyDecided(ReviewRequest request) implements Verdict {}

  /** The decider may not take this decision on this request (403), with why. */
  record NotAllowed(String why) implements Verdict {}

  /** The decision's fields are missing or out of range (400). */
  record Invalid(List<FieldProblem> problems) implements Verdict {}
}
