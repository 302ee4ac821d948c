package com.creditbridge.hold.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sales rep's request that credit review a held account, and what has been decided on it so far.
 * Values only; {@link JointApproval} decides what a decision does to it.
 *
 * @param salesRepId the account's sales rep when it was asked (lists filter by it)
 * @param proposedUntil the date the rep proposes for an override; null when none
 * @param promise a promise to pay sent with the request; null when none
 * @param approvalsNeeded 2 at or above {@code jointDecisionExposure}, else 1
 * @param approvals in the order they came
 * @param decline the decline that ended it; null unless {@code DECLINED}
 * @param decidedAt when it was approved or declined; null while open
 * @param escalatedAt when it went to the credit managers undecided; null when it has not
 */
public record ReviewRequest(
    String id,
    String accountId,
    String salesRepId,
    ReviewStatus status,
    String reason,
    Person requestedBy,
    LocalDate proposedUntil,
    Promise promise,
    int approvalsNeeded,
    List<Approval> approvals,
    Decline decline,
    Instant createdAt,
    Instant decidedAt,
    Instant escalatedAt) {

  public ReviewRequest {
    approvals = List.copyOf(approvals);
    Objects.requireNonNull(status, "status");
  }

  /** Open, approved or declined; "decided" in lists means either of the last two. */
  public enum ReviewStatus {
    OPEN("open"),
    APPROVED("approved"),
    DECLINED("declined");

    private final String wireName;

    ReviewStatus(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    public static ReviewStatus ofWireName(String name) {
      for (ReviewStatus status : values()) {
        if (status.wireName.equals(name)) {
          return status;
        }
      }
      throw new IllegalArgumentException("unknown review status " + name);
    }
  }

  /** Who asked or decided, matched with the account's people by the lower-case email. */
  public record Person(String name, String email) {

    public Person {
      email = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    boolean is(Person other) {
      return other != null && email != null && email.equals(other.email);
    }
  }

  /** A promise to pay offered with the request. */
  public record Promise(BigDecimal amount, LocalDate promisedOn) {}

  /** Which of the two required approvals an approval gives. */
  public enum ApproverRole {
    CREDIT("credit"),
    SALES_MANAGER("sales-manager");

    private final String wireName;

    ApproverRole(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    public static ApproverRole ofWireName(String name) {
      for (ApproverRole role : values()) {
        if (role.wireName.equals(name)) {
          return role;
        }
      }
      throw new IllegalArgumentException("unknown approver role " + name);
    }
  }

  /**
   * @param until the override end this approver agreed to; null when they named none
   */
  public record Approval(
      Person by, ApproverRole role, String comment, LocalDate until, Instant at) {}

  public record Decline(Person by, String comment, Instant at) {}

  public boolean isOpen() {
    return status == ReviewStatus.OPEN;
  }

  /** The override end agreed so far: the newest date an approver named, else the proposed one. */
  LocalDate agreedUntil() {
    LocalDate until = proposedUntil;
    for (Approval approval : approvals) {
      if (approval.until() != null) {
        until = approval.until();
      }
    }
    return until;
  }
}
