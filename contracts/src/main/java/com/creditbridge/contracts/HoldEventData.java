package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The data of every event on {@link Topics#HOLD_EVENTS}, as contract.md lists it. */
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
    @JsonProperty("policyVersion") long policyVersion) {

  public HoldEventData {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }
}
