package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One open order in an account snapshot: placed, not cancelled, not fully invoiced. Whether it
 * still counts toward exposure (its age against {@code openOrderDays}) is the credit policy's call.
 *
 * @param openAmount the order's amount less what invoices naming it have taken, never below zero
 */
public record OpenOrderItem(
    @JsonProperty("orderId") String orderId,
    @JsonProperty("openAmount") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openAmount,
    @JsonProperty("placedOn") LocalDate placedOn) {}
