package com.creditbridge.notification.message;

import java.time.Instant;

/**
 * Something to tell people about, kept exactly as it goes out.
 *
 * @param eventId the CloudEvent id; also the {@code webhook-id} of every delivery
 * @param body the structured CloudEvent JSON, sent byte for byte as the webhook body
 */
public record NotificationMessage(
    String eventId, String eventType, String accountId, String body, Instant occurredAt) {}
