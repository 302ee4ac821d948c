package com.creditbridge.hold.action;

import java.time.Instant;
import java.time.LocalDate;

/** What the action endpoints answer: the stored action. Money as decimal strings. */
final class ActionViews {

  private ActionViews() {}

  record HoldView(
      String holdId, String accountId, String reason, String placedBy, Instant placedAt) {}

  record OverrideView(
      String overrideId,
      String accountId,
      String reason,
      String approvedBy,
      LocalDate until,
      Instant createdAt) {}

  record PromiseView(
      String promiseId,
      String accountId,
      String amount,
      String currency,
      LocalDate promisedOn,
      LocalDate graceEndsOn,
      String recordedBy,
      String note,
      Instant recordedAt,
      String state) {}

  record NoteView(String noteId, String accountId, String author, String text, Instant createdAt) {}
}
