package com.creditbridge.hold.action;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.ReviewEventType;
import com.creditbridge.contracts.ReviewRequestData;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.action.ReviewView.PersonView;
import com.creditbridge.platform.outbox.OutboxMessage;
import java.time.Instant;
import java.util.UUID;

/**
 * The edge out for review requests: {@code credit.review.*} on the hold events topic, keyed by the
 * account like every hold event, data the request as the API shows it.
 */
final class ReviewEvents {

  private ReviewEvents() {}

  static OutboxMessage of(ReviewEventType type, ReviewView review, Instant at) {
    return OutboxMessage.of(
        Topics.HOLD_EVENTS,
        CloudEvent.of(
            UUID.randomUUID().toString(),
            "/creditbridge/hold-service",
            type.wireName(),
            review.accountId(),
            at,
            data(review)));
  }

  static ReviewRequestData data(ReviewView r) {
    return new ReviewRequestData(
        r.id(),
        r.accountId(),
        r.salesRepId(),
        r.status(),
        r.reason(),
        party(r.requestedBy()),
        r.proposedUntil(),
        r.promise() == null
            ? null
            : new ReviewRequestData.Promise(r.promise().amount(), r.promise().promisedOn()),
        r.approvalsNeeded(),
        r.approvals().stream()
            .map(
                a ->
                    new ReviewRequestData.Approval(
                        party(a.by()), a.role(), a.comment(), a.until(), a.at()))
            .toList(),
        r.decline() == null
            ? null
            : new ReviewRequestData.Decline(
                party(r.decline().by()), r.decline().comment(), r.decline().at()),
        r.createdAt(),
        r.decidedAt(),
        r.escalated(),
        r.escalatedAt());
  }

  private static Party party(PersonView p) {
    return p == null ? null : new Party(null, p.name(), p.email());
  }
}
