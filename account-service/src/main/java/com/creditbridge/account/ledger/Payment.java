package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment as stored.
 *
 * @param invoiceId the invoice the customer said it pays; null when it did not say
 */
public record Payment(
    String paymentId, BigDecimal amount, LocalDate receivedOn, String invoiceId) {}
