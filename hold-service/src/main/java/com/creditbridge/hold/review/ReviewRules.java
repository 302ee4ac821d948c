package com.creditbridge.hold.review;

import com.creditbridge.hold.review.ReviewRequest.Person;
import com.creditbridge.hold.review.ReviewRequest.Promise;
import com.creditbridge.hold.review.ReviewRequest.ReviewStatus;
import com.creditbridge.platform.problem.FieldProblem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a review request must satisfy and what follows from the policy: how many approvals it needs,
 * which dates it may propose, when it goes to the credit managers undecided.
 */
public final class ReviewRules {

  static final int MAX_WHO = 200;
  static final int MAX_EMAIL = 254;
  static final int MAX_WHY = 2000;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  // one address: no list separators, spaces or angle brackets
  private static final Pattern EMAIL = Pattern.compile("[^\\s,;<>\"@]+@[^\\s,;<>\"@]+");

  private ReviewRules() {}

  /** 2 (a credit role and the sales manager) at or above the joint threshold, else 1. */
  public static int approvalsNeeded(BigDecimal exposure, BigDecimal jointDecisionExposure) {
    return exposure.compareTo(jointDecisionExposure) >= 0 ? 2 : 1;
  }

  /** When a request still open goes to the credit managers. */
  public static Instant escalationDueAt(Instant createdAt, int reviewRequestHours) {
    return createdAt.plus(Duration.ofHours(reviewRequestHours));
  }

  /** The open request, marked as gone to the credit managers at {@code now}. */
  public static ReviewRequest escalate(ReviewRequest r, Instant now) {
    return new ReviewRequest(
        r.id(),
        r.accountId(),
        r.salesRepId(),
        r.status(),
        r.reason(),
        r.requestedBy(),
        r.proposedUntil(),
        r.promise(),
        r.approvalsNeeded(),
        r.approvals(),
        r.decline(),
        r.createdAt(),
        r.decidedAt(),
        now);
  }

  /** A new open request from a checked draft. */
  public static ReviewRequest open(
      String id,
      String accountId,
      String salesRepId,
      ReviewDraft draft,
      int approvalsNeeded,
      Instant now) {
    return new ReviewRequest(
        id,
        accountId,
        salesRepId,
        ReviewStatus.OPEN,
        draft.reason(),
        draft.requestedBy(),
        draft.proposedUntil(),
        draft.promise(),
        approvalsNeeded,
        List.of(),
        null,
        now,
        null,
        null);
  }

  /** Every missing or out-of-range field of a new request; empty when it is one. */
  public static List<FieldProblem> checkRequest(
      ReviewDraft draft, LocalDate today, int maxOverrideDays) {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, "reason", draft.reason(), MAX_WHY, true);
    person(problems, "requestedBy", draft.requestedBy());
    if (draft.proposedUntil() != null) {
      until(problems, "proposedUntil", draft.proposedUntil(), today, maxOverrideDays);
    }
    Promise promise = draft.promise();
    if (promise != null) {
      if (promise.amount() == null) {
        problems.add(new FieldProblem("promise.amount", "is required"));
      } else if (promise.amount().signum() <= 0 || promise.amount().compareTo(MAX_AMOUNT) > 0) {
        problems.add(
            new FieldProblem("promise.amount", "must be above 0 and at most " + MAX_AMOUNT));
      }
      if (promise.promisedOn() == null) {
        problems.add(new FieldProblem("promise.promisedOn", "is required"));
      }
    }
    return problems;
  }

  /** Every missing or out-of-range field of a decision. */
  static List<FieldProblem> checkDecision(DecisionDraft draft, LocalDate today, int maxDays) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.decision() == null) {
      problems.add(new FieldProblem("decision", "is required"));
    } else if (!DecisionDraft.APPROVE.equals(draft.decision())
        && !DecisionDraft.DECLINE.equals(draft.decision())) {
      problems.add(new FieldProblem("decision", "must be approve or decline"));
    }
    // a decline says why; an approval may
    text(
        problems,
        "comment",
        draft.comment(),
        MAX_WHY,
        DecisionDraft.DECLINE.equals(draft.decision()));
    if (draft.until() != null) {
      until(problems, "until", draft.until(), today, maxDays);
    }
    return problems;
  }

  /** Checks who asked or decided ({@code field.name}, {@code field.email}). */
  public static void person(List<FieldProblem> problems, String field, Person person) {
    if (person == null) {
      problems.add(new FieldProblem(field, "is required"));
      return;
    }
    text(problems, field + ".name", person.name(), MAX_WHO, true);
    String email = person.email();
    if (email == null || email.isBlank()) {
      problems.add(new FieldProblem(field + ".email", "is required"));
    } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
      problems.add(new FieldProblem(field + ".email", "must be one email address"));
    }
  }

  private static void until(
      List<FieldProblem> problems, String field, LocalDate value, LocalDate today, int maxDays) {
    if (value.isBefore(today)) {
      problems.add(new FieldProblem(field, "must not be in the past (today is " + today + ")"));
    } else if (value.isAfter(today.plusDays(maxDays))) {
      problems.add(
          new FieldProblem(
              field,
              "must be at most "
                  + maxDays
                  + " days ahead (maxOverrideDays), i.e. on or before "
                  + today.plusDays(maxDays)));
    }
  }

  private static void text(
      List<FieldProblem> problems, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "is required"));
      }
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
    }
  }
}
