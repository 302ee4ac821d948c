package com.creditbridge.hold.action;

import com.creditbridge.hold.review.ReviewRequest;
import com.creditbridge.hold.review.ReviewRequest.Approval;
import com.creditbridge.hold.review.ReviewRequest.ApproverRole;
import com.creditbridge.hold.review.ReviewRequest.Decline;
import com.creditbridge.hold.review.ReviewRequest.Person;
import com.creditbridge.hold.review.ReviewRequest.Promise;
import com.creditbridge.hold.review.ReviewRequest.ReviewStatus;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review request as the API answers it, as its events carry it and as {@code
 * review_request.request} stores it: explicit JSON names, so renaming a field of the model changes
 * none of them. Amounts are decimal strings.
 */
record ReviewView(
    @JsonProperty("id") String id,
    @JsonProperty("accountId") String accountId,
    @JsonProperty("salesRepId") String salesRepId,
    @JsonProperty("status") String status,
    @JsonProperty("reason") String reason,
    @JsonProperty("requestedBy") PersonView requestedBy,
    @JsonProperty("proposedUntil") LocalDate proposedUntil,
    @JsonProperty("promise") PromiseView promise,
    @JsonProperty("approvalsNeeded") int approvalsNeeded,
    @JsonProperty("approvals") List<ApprovalView> approvals,
    @JsonProperty("decline") DeclineView decline,
    @JsonProperty("createdAt") Instant createdAt,
    @JsonProperty("decidedAt") Instant decidedAt,
    @JsonProperty("escalated") boolean escalated,
    @JsonProperty("escalatedAt") Instant escalatedAt) {

  record PersonView(@JsonProperty("name") String name, @JsonProperty("email") String email) {}

  record PromiseView(
      @JsonProperty("amount") String amount, @JsonProperty("promisedOn") LocalDate promisedOn) {}

  record ApprovalView(
      @JsonProperty("by") PersonView by,
      @JsonProperty("role") String role,
      @JsonProperty("comment") String comment,
      @JsonProperty("until") LocalDate until,
      @JsonProperty("at") Instant at) {}

  record DeclineView(
      @JsonProperty("by") PersonView by,
      @JsonProperty("comment") String comment,
      @JsonProperty("at") Instant at) {}

  static ReviewView of(ReviewRequest r) {
    return new ReviewView(
        r.id(),
        r.accountId(),
        r.salesRepId(),
        r.status().wireName(),
        r.reason(),
        person(r.requestedBy()),
        r.proposedUntil(),
        r.promise() == null
            ? null
            : new PromiseView(r.promise().amount().toPlainString(), r.promise().promisedOn()),
        r.approvalsNeeded(),
        r.approvals().stream()
            .map(
                a ->
                    new ApprovalView(
                        person(a.by()), a.role().wireName(), a.comment(), a.until(), a.at()))
            .toList(),
        r.decline() == null
            ? null
            : new DeclineView(person(r.decline().by()), r.decline().comment(), r.decline().at()),
        r.createdAt(),
        r.decidedAt(),
        r.escalatedAt() != null,
        r.escalatedAt());
  }

  ReviewRequest toRequest() {
    return new ReviewRequest(
        id,
        accountId,
        salesRepId,
        ReviewStatus.ofWireName(status),
        reason,
        person(requestedBy),
        proposedUntil,
        promise == null
            ? null
            : new Promise(new BigDecimal(promise.amount()), promise.promisedOn()),
        approvalsNeeded,
        approvals == null
            ? List.of()
            : approvals.stream()
                .map(
                    a ->
                        new Approval(
                            person(a.by()),
                            ApproverRole.ofWireName(a.role()),
                            a.comment(),
                            a.until(),
                            a.at()))
                .toList(),
        decline == null ? null : new Decline(person(decline.by()), decline.comment(), decline.at()),
        createdAt,
        decidedAt,
        escalatedAt);
  }

  private static PersonView person(Person p) {
    return p == null ? null : new PersonView(p.name(), p.email());
  }

  private static Person person(PersonView p) {
    return p == null ? null : new Person(p.name(), p.email());
  }
}
