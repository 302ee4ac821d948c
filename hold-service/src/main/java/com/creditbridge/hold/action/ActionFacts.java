package com.creditbridge.hold.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What an action stored, as its use case answers it and as its timeline entry keeps it ({@code
 * timeline_entry.detail}). The JSON names are explicit and match the entries written before these
 * records existed: renaming a field of an HTTP answer no longer changes stored history.
 */
final class ActionFacts {

  private ActionFacts() {}

  record PlacedHold(
      @JsonProperty("holdId") String holdId,
      @JsonProperty("accountId") String accountId,
      @JsonProperty("reason") String reason,
      @JsonProperty("placedBy") String placedBy,
      @JsonProperty("placedAt") Instant placedAt) {}

  record GrantedOverride(
      @JsonProperty("overrideId") String overrideId,
      @JsonProperty("accountId") String accountId,
      @JsonProperty("reason") String reason,
      @JsonProperty("approvedBy") String approvedBy,
      @JsonProperty("until") LocalDate until,
      @JsonProperty("createdAt") Instant createdAt) {}

  /**
   * @param amount with the currency's scale, as a decimal string
   */
  record RecordedPromise(
      @JsonProperty("promiseId") String promiseId,
      @JsonProperty("accountId") String accountId,
      @JsonProperty("amount") String amount,
      @JsonProperty("currency") String currency,
      @JsonProperty("promisedOn") LocalDate promisedOn,
      @JsonProperty("graceEndsOn") LocalDate graceEndsOn,
      @JsonProperty("recordedBy") String recordedBy,
      @JsonProperty("note") String note,
      @JsonProperty("recordedAt") Instant recordedAt,
      @JsonProperty("state") String state) {}

  record WrittenNote(
      @JsonProperty("noteId") String noteId,
      @JsonProperty("accountId") String accountId,
      @JsonProperty("author") String author,
      @JsonProperty("text") String text,
      @JsonProperty("createdAt") Instant createdAt) {}

  /** A hold or override ended early; each field is "" when not given (as stored before). */
  record Ending(@JsonProperty("endedBy") String endedBy, @JsonProperty("reason") String reason) {

    static Ending of(String endedBy, String reason) {
      return new Ending(endedBy == null ? "" : endedBy, reason == null ? "" : reason);
    }
  }

  /** The previous promise to pay, replaced by {@code replacedBy}. */
  record Replacement(@JsonProperty("replacedBy") String replacedBy) {}
}
