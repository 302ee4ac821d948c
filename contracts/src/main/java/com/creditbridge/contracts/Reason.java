package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Why an account has its status: a rule code (see credit-policy.md), a sentence a sales rep
 * understands, and the figures behind it where there are any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("invoiceId") String invoiceId,
    @JsonProperty("daysPastDue") Integer daysPastDue,
    @JsonProperty("amount") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {}
