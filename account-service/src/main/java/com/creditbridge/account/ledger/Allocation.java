package com.creditbridge.account.ledger;

import java.math.BigDecimal;

/**
 * Money from one credit moved onto one invoice (positive) or back off it (negative: a reversal or a
 * void), by one event. The stored journal of these is what a reversal undoes exactly.
 */
public record Allocation(CreditRef credit, String invoiceId, BigDecimal amount, String eventId) {}
