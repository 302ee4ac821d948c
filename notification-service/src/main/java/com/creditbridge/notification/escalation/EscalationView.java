package com.creditbridge.notification.escalation;

import java.time.Instant;
import java.util.UUID;

/** An escalation as the acknowledgement page and answer show it. */
record EscalationView(
    UUID escalationId,
    String accountId,
    String accountName,
    String status,
    Instant deadline,
    Instant acknowledgedAt,
    String acknowledgedBy) {}
