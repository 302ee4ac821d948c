package com.creditbridge.hold.check;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/credit-checks}; checked by {@link CreditCheckRules}.
 *
 * @param unknown every field the request does not define: an ERP that misspells {@code orderId}
 *     must hear about it rather than have its order checked as a new one
 */
record CreditCheckRequest(
    String accountId,
    BigDecimal amount,
    String currency,
    String orderId,
    @JsonAnySetter Map<String, Object> unknown) {

  CreditCheckRequest(String accountId, BigDecimal amount, String currency, String orderId) {
    this(accountId, amount, currency, orderId, Map.of());
  }
}
