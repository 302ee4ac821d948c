package com.creditbridge.hold.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The answer to an order credit check, and one item of the list of checks. Money is a decimal
 * string with the currency's scale; {@code decision} is lower-case on the wire.
 *
 * @param groupExposureAfter null when the account is in no credit group
 * @param availableCredit null when the account has no limit
 */
record CreditCheckView(
    String checkId,
    String accountId,
    String decision,
    List<Reason> reasons,
    String status,
    String exposure,
    String exposureAfter,
    String creditLimit,
    String availableCredit,
    String groupExposureAfter,
    String currency,
    String amount,
    String orderId,
    String askedBy,
    Instant checkedAt) {

  /** One rule behind the decision, with its sentence. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Reason(String code, String message, String amount) {}
}
