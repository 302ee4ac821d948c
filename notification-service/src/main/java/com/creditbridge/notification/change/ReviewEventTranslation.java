package com.creditbridge.notification.change;

import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.ReviewEventType;
import com.creditbridge.contracts.ReviewRequestData;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.change.ReviewChange.Decision;
import com.creditbridge.notification.change.ReviewChange.Outcome;
import com.creditbridge.notification.change.ReviewChange.Promise;
import com.creditbridge.notification.change.ReviewChange.Step;
import java.math.BigDecimal;

/**
 * The anti-corruption edge for review requests: turns a {@code credit.review.*} event's wire record
 * into the service's {@link ReviewChange}, as {@link HoldEventTranslation} does for hold events.
 */
public final class ReviewEventTranslation {

  private ReviewEventTranslation() {}

  /**
   * @throws IllegalArgumentException when the promise amount is not a decimal
   */
  public static ReviewChange review(ReviewEventType type, ReviewRequestData data) {
    return new ReviewChange(
        data.id(),
        data.accountId(),
        Step.valueOf(type.name()),
        outcome(data),
        data.reason(),
        person(data.requestedBy()),
        data.proposedUntil(),
        data.promise() == null || data.promise().amount() == null
            ? null
            : new Promise(new BigDecimal(data.promise().amount()), data.promise().promisedOn()),
        data.approvalsNeeded(),
        data.approvals().stream()
            .map(a -> new Decision(person(a.by()), a.role(), a.comment(), a.until()))
            .toList(),
        data.decline() == null
            ? null
            : new Decision(person(data.decline().by()), null, data.decline().comment(), null),
        data.createdAt());
  }

  // a decline is what ends a request whatever the status says; "approved" only when it says so
  private static Outcome outcome(ReviewRequestData data) {
    if (data.decline() != null || "declined".equals(data.status())) {
      return Outcome.DECLINED;
    }
    return "approved".equals(data.status()) ? Outcome.APPROVED : Outcome.OPEN;
  }

  private static Person person(Party party) {
    return party == null ? null : new Person(party.id(), party.name(), party.email());
  }
}
