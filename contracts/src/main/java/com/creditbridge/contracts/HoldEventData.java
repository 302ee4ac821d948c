package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The data of every event on {@link Topics#HOLD_EVENTS}, as contract.md lists it, and of {@code
 * credit.status.updated} on {@link Topics#ACCOUNT_ACTIVITY}.
 *
 * <p>{@code segment}, {@code promise} and {@code escalation} extend the contract compatibly: the
 * segment lets webhook filters match, the promise lets emails and digests show it, and the
 * escalation (only on {@code credit.hold.placed}, null otherwise) asks for the sales rep's
 * acknowledgement. {@code cause} (absent unless set) says what made the evaluation: {@value
 * #CAUSE_POLICY} when the re-evaluation after a policy change moved the account, so the sales rep
 * can be told why in one email per policy version.
 */
public record HoldEventData(
    @JsonProperty("accountId") String accountId,
    @JsonProperty("accountName") String accountName,
    @JsonProperty("status") CreditStatus status,
    @JsonProperty("previousStatus") CreditStatus previousStatus,
    @JsonProperty("reasons") List<Reason> reasons,
    @JsonProperty("projectedHoldOn") LocalDate projectedHoldOn,
    @JsonProperty("cureAmount") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cureAmount,
    @JsonProperty("exposure") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal exposure,
    @JsonProperty("creditLimit") @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal creditLimit,
    @JsonProperty("currency") String currency,
    @JsonProperty("salesRep") Party salesRep,
    @JsonProperty("creditAnalyst") Party creditAnalyst,
    @JsonProperty("salesManager") Party salesManager,
    @JsonProperty("decisionId") String decisionId,
    @JsonProperty("policyVersion") long policyVersion,
    @JsonProperty("segment") String segment,
    @JsonProperty("promise") PromiseSummary promise,
    @JsonProperty("escalation") Escalation escalation,
    @JsonProperty("cause") @JsonInclude(JsonInclude.Include.NON_NULL) String cause) {

  /** The cause of an evaluation the re-evaluation after a policy change made. */
  public static final String CAUSE_POLICY = "policy";

  public HoldEventData {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** Data without a cause: what every evaluation not made by a policy change carries. */
  public HoldEventData(
      String accountId,
      String accountName,
      CreditStatus status,
      CreditStatus previousStatus,
      List<Reason> reasons,
      LocalDate projectedHoldOn,
      BigDecimal cureAmount,
      BigDecimal exposure,
      BigDecimal creditLimit,
      String currency,
      Party salesRep,
      Party creditAnalyst,
      Party salesManager,
      String decisionId,
      long policyVersion,
      String segment,
      PromiseSummary promise,
      Escalation escalation) {
    this(
        accountId,
        accountName,
        status,
        previousStatus,
        reasons,
        projectedHoldOn,
        cureAmount,
        exposure,
        creditLimit,
        currency,
        salesRep,
        creditAnalyst,
        salesManager,
        decisionId,
        policyVersion,
        segment,
        promise,
        escalation,
        null);
  }

  /** True when the re-evaluation after policy version {@link #policyVersion} made this change. */
  public boolean causedByPolicy() {
    return CAUSE_POLICY.equals(cause);
  }
}
