package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Present on {@code credit.hold.placed} when the exposure is at or above the policy's {@code
 * escalationExposure}: the sales rep must acknowledge within {@code ackHours}, or the sales manager
 * is told. The hold-service owns the policy, so it decides; the notification-service acts.
 */
public record Escalation(
    @JsonProperty("threshold") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal threshold,
    @JsonProperty("ackHours") int ackHours) {}
