package com.creditbridge.notification.change;

import com.creditbridge.notification.change.HoldChange.Person;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review request as a {@code credit.review.*} event tells it, in the service's own terms: what
 * the review emails need. Built only at the edge ({@link ReviewEventTranslation}).
 *
 * @param requestId the hold-service's id of the request
 * @param step what happened: asked, decided or escalated
 * @param outcome where the request stands after it
 * @param approvalsNeeded 2 when credit and the account's sales manager must both approve
 * @param approvals the approvals given so far, oldest first
 * @param decline the decline that ended it; null unless declined
 */
public record ReviewChange(
    String requestId,
    String accountId,
    Step step,
    Outcome outcome,
    String reason,
    Person requestedBy,
    LocalDate proposedUntil,
    Promise promise,
    int approvalsNeeded,
    List<Decision> approvals,
    Decision decline,
    Instant createdAt) {

  public ReviewChange {
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
  }

  /** Which event it was. */
  public enum Step {
    REQUESTED,
    DECIDED,
    ESCALATED
  }

  /** Where the request stands. */
  public enum Outcome {
    OPEN,
    APPROVED,
    DECLINED
  }

  /** The customer's promise the request carries; the amount in the account's currency. */
  public record Promise(BigDecimal amount, LocalDate promisedOn) {}

  /**
   * One approval or a decline.
   *
   * @param role {@code credit} or {@code sales-manager} for an approval; null for a decline
   * @param until how long an approval releases the account; null when it does not say
   */
  public record Decision(Person by, String role, String comment, LocalDate until) {}
}
