package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One reason for the account's status.
 *
 * @param message a sentence a sales rep understands
 * @param invoiceId the invoice the reason is about (the oldest one when several are), or null
 * @param daysPastDue that invoice's days past due on the evaluation date, or null
 * @param amount the amount the rule compared (e.g. the sum past the threshold), or null
 */
public record CreditReason(
    ReasonCode code, String message, String invoiceId, Integer daysPastDue, BigDecimal amount) {

  public CreditReason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
