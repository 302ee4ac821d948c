package com.creditbridge.notification.email.content;

import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.change.ReviewChange;
import com.creditbridge.notification.change.ReviewChange.Decision;
import com.creditbridge.notification.change.ReviewChange.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the emails about a review request ({@code credit.review.requested|decided|escalated}) can
 * show, worded for people, with a flag for every optional part.
 *
 * @param recipientName who the email greets
 * @param accountUrl the account's page in the workspace, where the request is approved or declined
 * @param exposure the account's exposure as CreditBridge last knew it; null when unknown
 * @param jointDecision true when credit and the account's sales manager must both approve
 * @param requestedAt when the request was made ("Friday 12 June 2026 08:00 UTC")
 * @param decisions who approved (each with their comment), or who declined
 * @param approvedUntil until when an approval releases the account
 */
public record ReviewEmailModel(
    String recipientName,
    String accountId,
    String accountName,
    String accountUrl,
    String requesterName,
    String requesterEmail,
    String reason,
    boolean hasProposedUntil,
    String proposedUntil,
    boolean hasPromise,
    String promiseAmount,
    String promisedOn,
    boolean hasExposure,
    String exposure,
    boolean jointDecision,
    boolean hasSalesManager,
    String salesManagerName,
    String requestedAt,
    boolean approved,
    boolean declined,
    boolean hasApprovedUntil,
    String approvedUntil,
    List<DecisionLine> decisions) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  public ReviewEmailModel {
    decisions = List.copyOf(decisions);
  }

  /**
   * One decision on the request.
   *
   * @param by the decider's name (their address when the name is unknown)
   */
  public record DecisionLine(String by, boolean hasComment, String comment) {}

  /**
   * @param account the account as CreditBridge last knew it; null when it knows nothing yet
   * @param publicUrl where people reach CreditBridge (the gateway)
   */
  public static ReviewEmailModel of(
      ReviewChange review, HoldChange account, String recipientName, String publicUrl) {
    String currency = account == null ? null : account.currency();
    Person requester = review.requestedBy();
    Person manager = account == null ? null : account.salesManager();
    List<Decision> deciding =
        review.decline() != null ? List.of(review.decline()) : review.approvals();
    List<DecisionLine> decisions = new ArrayList<>();
    for (Decision d : deciding) {
      boolean hasComment = d.comment() != null && !d.comment().isBlank();
      decisions.add(new DecisionLine(name(d.by()), hasComment, hasComment ? d.comment() : null));
    }
    LocalDate until = approvedUntil(review);
    boolean approved = review.outcome() == Outcome.APPROVED;
    return new ReviewEmailModel(
        recipientName,
        review.accountId(),
        account == null ? review.accountId() : account.displayName(),
        WorkspaceLinks.accountPage(publicUrl, review.accountId()),
        name(requester),
        requester == null ? null : requester.email(),
        review.reason(),
        review.proposedUntil() != null,
        review.proposedUntil() == null ? null : HoldEmailModel.date(review.proposedUntil()),
        review.promise() != null,
        review.promise() == null ? null : HoldEmailModel.money(review.promise().amount(), currency),
        review.promise() == null || review.promise().promisedOn() == null
            ? null
            : HoldEmailModel.date(review.promise().promisedOn()),
        account != null && account.exposure() != null,
        account == null || account.exposure() == null
            ? null
            : HoldEmailModel.money(account.exposure(), currency),
        review.approvalsNeeded() >= 2,
        manager != null && (manager.name() != null || manager.reachable()),
        manager == null ? null : name(manager),
        review.createdAt() == null ? null : time(review.createdAt()),
        approved,
        review.outcome() == Outcome.DECLINED,
        approved && until != null,
        approved && until != null ? HoldEmailModel.date(until) : null,
        decisions);
  }

  /** "Friday 12 June 2026 08:00 UTC". */
  public static String time(Instant instant) {
    return TIME.format(instant);
  }

  // the override runs until the last approval that names a date (the one that granted it)
  private static LocalDate approvedUntil(ReviewChange review) {
    LocalDate until = null;
    for (Decision approval : review.approvals()) {
      if (approval.until() != null) {
        until = approval.until();
      }
    }
    return until;
  }

  private static String name(Person person) {
    if (person == null) {
      return "someone in sales";
    }
    return person.name() == null || person.name().isBlank() ? person.email() : person.name();
  }
}
