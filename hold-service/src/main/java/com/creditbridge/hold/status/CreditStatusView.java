package com.creditbridge.hold.status;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code GET /api/v1/accounts/{accountId}/credit-status}, as contract.md lists it.
 * Money is a decimal string with the currency's scale; null fields are written as null.
 */
record CreditStatusView(
    String accountId,
    CreditStatus status,
    Instant since,
    List<Reason> reasons,
    LocalDate projectedHoldOn,
    String cureAmount,
    String exposure,
    String creditLimit,
    String currency,
    long policyVersion,
    Instant evaluatedAt) {}
