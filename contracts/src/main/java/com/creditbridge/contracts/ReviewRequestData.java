package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The data of {@link ReviewEventType} events: the review request as {@code GET
 * /api/v1/review-requests/{id}} shows it. Amounts are decimal strings.
 *
 * @param status {@code open}, {@code approved} or {@code declined}
 * @param escalated true once it went to the credit managers undecided ({@code reviewRequestHours})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewRequestData(
    @JsonProperty("id") String id,
    @JsonProperty("accountId") String accountId,
    @JsonProperty("salesRepId") String salesRepId,
    @JsonProperty("status") String status,
    @JsonProperty("reason") String reason,
    @JsonProperty("requestedBy") Party requestedBy,
    @JsonProperty("proposedUntil") LocalDate proposedUntil,
    @JsonProperty("promise") Promise promise,
    @JsonProperty("approvalsNeeded") int approvalsNeeded,
    @JsonProperty("approvals") List<Approval> approvals,
    @JsonProperty("decline") Decline decline,
    @JsonProperty("createdAt") Instant createdAt,
    @JsonProperty("decidedAt") Instant decidedAt,
    @JsonProperty("escalated") boolean escalated,
    @JsonProperty("escalatedAt") Instant escalatedAt) {

  public ReviewRequestData {
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
  }

  public record Promise(
      @JsonProperty("amount") String amount, @JsonProperty("promisedOn") LocalDate promisedOn) {}

  /**
   * @param role {@code credit} or {@code sales-manager}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Approval(
      @JsonProperty("by") Party by,
      @JsonProperty("role") String role,
      @JsonProperty("comment") String comment,
      @JsonProperty("until") LocalDate until,
      @JsonProperty("at") Instant at) {}

  public record Decline(
      @JsonProperty("by") Party by,
      @JsonProperty("comment") String comment,
      @JsonProperty("at") Instant at) {}
}
