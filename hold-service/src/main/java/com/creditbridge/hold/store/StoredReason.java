package com.creditbridge.hold.store;

import com.creditbridge.hold.policy.CreditReason;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A reason as the hold-service stores it (columns {@code credit_status.reasons}, {@code
 * credit_decision.reasons} and a decision's timeline detail). Its JSON is the hold-service's own:
 * it matches what older rows hold, whatever the wire {@code Reason} becomes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredReason(
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("invoiceId") String invoiceId,
    @JsonProperty("daysPastDue") Integer daysPastDue,
    @JsonProperty("amount") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

  public static StoredReason of(CreditReason reason) {
    return new StoredReason(
        reason.code().name(),
        reason.message(),
        reason.invoiceId(),
        reason.daysPastDue(),
        reason.amount());
  }
}
