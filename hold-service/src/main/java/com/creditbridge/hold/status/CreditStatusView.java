package com.creditbridge.hold.status;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code GET /api/v1/accounts/{accountId}/credit-status} and an item of the at-risk
 * list, as contract.md lists it; {@code accountName} and {@code salesRepId} extend it for the sales
 * meeting and {@code latestNote} for the workspace. Money is a decimal string with the currency's
 * scale; null fields are written as null.
 */
record CreditStatusView(
    String accountId,
    String accountName,
    String salesRepId,
    CreditStatus status,
    Instant since,
    List<Reason> reasons,
    LocalDate projectedHoldOn,
    String cureAmount,
    String exposure,
    String creditLimit,
    String currency,
    PromiseView promise,
    OverrideView override,
    ManualHoldView manualHold,
    long policyVersion,
    Instant evaluatedAt,
    NoteView latestNote) {

  /** The open promise to pay. */
  record PromiseView(
      String promiseId,
      String amount,
      LocalDate promisedOn,
      LocalDate graceEndsOn,
      String paidSoFar,
      String recordedBy,
      String note,
      Instant recordedAt) {}

  /** The override not ended early; {@code active} is false once {@code until} has passed. */
  record OverrideView(
      String overrideId,
      String reason,
      String approvedBy,
      LocalDate until,
      boolean active,
      Instant createdAt) {}

  /** The account's newest note; null when it has none. */
  record NoteView(String author, String text, Instant createdAt) {}

  record ManualHoldView(String holdId, String reason, String placedBy, Instant placedAt) {}
}
