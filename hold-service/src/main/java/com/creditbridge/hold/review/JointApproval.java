package com.creditbridge.hold.review;

import com.creditbridge.hold.review.ReviewRequest.Approval;
import com.creditbridge.hold.review.ReviewRequest.ApproverRole;
import com.creditbridge.hold.review.ReviewRequest.Decline;
import com.creditbridge.hold.review.ReviewRequest.ReviewStatus;
import com.creditbridge.hold.review.Verdict.AlreadyDecided;
import com.creditbridge.hold.review.Verdict.ApprovalRecorded;
import com.creditbridge.hold.review.Verdict.Approved;
import com.creditbridge.hold.review.Verdict.Declined;
import com.creditbridge.hold.review.Verdict.Invalid;
import com.creditbridge.hold.review.Verdict.NotAllowed;
import com.creditbridge.platform.problem.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may decide a review request and what a decision does (contract.md, "Review requests"). Below
 * {@code jointDecisionExposure} one credit approval approves it; at or above, a credit role and the
 * account's sales manager must both approve. A decline by either ends it. The requesting rep never
 * decides their own request, nobody approves twice, and a decided request takes no decision.
 */
public final class JointApproval {

  private JointApproval() {}

  /**
   * @param maxOverrideDays the policy's limit on the override the approval grants
   */
  public static Verdict decide(
      ReviewRequest request,
      Decider decider,
      DecisionDraft draft,
      LocalDate today,
      int maxOverrideDays,
      Instant now) {
    List<FieldProblem> problems = ReviewRules.checkDecision(draft, today, maxOverrideDays);
    if (!problems.isEmpty()) {
      return new Invalid(problems);
    }
    if (!request.isOpen()) {
      return new AlreadyDecided(request);
    }
    if (decider.person().is(request.requestedBy())) {
      return new NotAllowed("The person who asked for the review cannot decide it.");
    }
    if (!decider.creditRole() && !decider.salesManager()) {
      return new NotAllowed(
          "Only a credit role or the account's sales manager decides a review request (an API"
              + " key with sales:write alone decides as the account's sales manager, named in"
              + " decidedBy).");
    }
    if (DecisionDraft.DECLINE.equals(draft.decision())) {
      ReviewRequest declined =
          with(
              request,
              ReviewStatus.DECLINED,
              request.approvals(),
              new Decline(decider.person(), draft.comment(), now),
              now);
      return new Declined(declined);
    }
    if (request.approvals().stream().anyMatch(a -> a.by().is(decider.person()))) {
      return new NotAllowed("The same person cannot approve a review request twice.");
    }
    Set<ApproverRole> missing = missingRoles(request);
    ApproverRole role = roleFor(decider, missing);
    if (role == null) {
      return new NotAllowed(
          missing.contains(ApproverRole.SALES_MANAGER)
              ? "This request still needs the approval of the account's sales manager."
              : "This request still needs the approval of a credit role.");
    }
    List<Approval> approvals = new ArrayList<>(request.approvals());
    approvals.add(new Approval(decider.person(), role, draft.comment(), draft.until(), now));
    ReviewRequest approvedSoFar = with(request, ReviewStatus.OPEN, approvals, null, null);
    if (approvals.size() < request.approvalsNeeded()) {
      return new ApprovalRecorded(approvedSoFar);
    }
    LocalDate until = approvedSoFar.agreedUntil();
    if (until == null) {
      return new Invalid(
          List.of(new FieldProblem("until", "is required: the request proposed no date")));
    }
    if (until.isBefore(today) || until.isAfter(today.plusDays(maxOverrideDays))) {
      return new Invalid(
          List.of(
              new FieldProblem(
                  "until",
                  "the agreed date "
                      + until
                      + " must be between today and "
                      + maxOverrideDays
                      + " days ahead (maxOverrideDays)")));
    }
    return new Approved(with(approvedSoFar, ReviewStatus.APPROVED, approvals, null, now), until);
  }

  /** The approvals still missing: a credit one always; the sales manager's when two are needed. */
  static Set<ApproverRole> missingRoles(ReviewRequest request) {
    Set<ApproverRole> missing = EnumSet.of(ApproverRole.CREDIT);
    if (request.approvalsNeeded() >= 2) {
      missing.add(ApproverRole.SALES_MANAGER);
    }
    request.approvals().forEach(approval -> missing.remove(approval.role()));
    return missing;
  }

  /** The missing approval this decider gives: credit first, for someone who is both. */
  private static ApproverRole roleFor(Decider decider, Set<ApproverRole> missing) {
    if (decider.creditRole() && missing.contains(ApproverRole.CREDIT)) {
      return ApproverRole.CREDIT;
    }
    if (decider.salesManager() && missing.contains(ApproverRole.SALES_MANAGER)) {
      return ApproverRole.SALES_MANAGER;
    }
    return null;
  }

  private static ReviewRequest with(
      ReviewRequest r,
      ReviewStatus status,
      List<Approval> approvals,
      Decline decline,
      Instant decidedAt) {
    return new ReviewRequest(
        r.id(),
        r.accountId(),
        r.salesRepId(),
        status,
        r.reason(),
        r.requestedBy(),
        r.proposedUntil(),
        r.promise(),
        r.approvalsNeeded(),
        approvals,
        decline,
        r.createdAt(),
        decidedAt,
        r.escalatedAt());
  }
}
