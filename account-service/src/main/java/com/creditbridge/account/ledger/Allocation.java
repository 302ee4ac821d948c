package com.creditbridge.account.ledger;

import java.math.BigDecimal;

/**
 * Money from one credit applied to one invoice. Stored per payment so that a reversal can undo
 * exactly these.
 */
public record Allocation(CreditRef credit, String invoiceId, BigDecimal amount) {}
