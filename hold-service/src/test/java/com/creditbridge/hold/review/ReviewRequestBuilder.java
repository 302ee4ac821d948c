package com.creditbridge.hold.review;

import com.creditbridge.hold.review.ReviewRequest.Approval;
import com.creditbridge.hold.review.ReviewRequest.ApproverRole;
import com.creditbridge.hold.review.ReviewRequest.Person;
import com.creditbridge.hold.review.ReviewRequest.ReviewStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Review requests for tests: an open one by the rep Rita, needing one approval. */
final class ReviewRequestBuilder {

  static final Person RITA = new Person("Rita Rep", "rita@example.com");
  static final Person CARL = new Person("Carl Credit", "carl@example.com");
  static final Person CLEO = new Person("Cleo Credit", "cleo@example.com");
  static final Person SAM = new Person("Sam Manager", "sam@example.com");
  static final Instant CREATED = Instant.parse("2026-05-04T09:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-05-05");

  private int approvalsNeeded = 1;
  private ReviewStatus status = ReviewStatus.OPEN;
  private LocalDate proposedUntil = TODAY.plusDays(10);
  private final List<Approval> approvals = new ArrayList<>();

  static ReviewRequestBuilder anOpenRequest() {
    return new ReviewRequestBuilder();
  }

  ReviewRequestBuilder needing(int approvals) {
    approvalsNeeded = approvals;
    return this;
  }

  ReviewRequestBuilder status(ReviewStatus newStatus) {
    status = newStatus;
    return this;
  }

  ReviewRequestBuilder proposing(LocalDate until) {
    proposedUntil = until;
    return this;
  }

  ReviewRequestBuilder approvedBy(Person person, ApproverRole role) {
    approvals.add(new Approval(person, role, "fine", null, CREATED.plusSeconds(60)));
    return this;
  }

  ReviewRequest build() {
    return new ReviewRequest(
        "7f1c2a56-0000-4000-8000-000000000001",
        "ACME-1",
        "rep-1",
        status,
        "They paid last week",
        RITA,
        proposedUntil,
        null,
        approvalsNeeded,
        approvals,
        null,
        CREATED,
        status == ReviewStatus.OPEN ? null : CREATED,
        null);
  }
}
