package com.creditbridge.notification.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of {@code GET /api/v1/notifications}: an email to one recipient or a webhook message to
 * one endpoint.
 *
 * @param channel {@code email} or {@code webhook}
 * @param kind for emails: hold, digest, escalation, manager, admin, welcome
 * @param state pending, sent (email) / delivered (webhook), or failed
 * @param finishedAt when it was sent or delivered, or finally failed
 * @param acknowledgement for escalation emails: whether the sales rep has acknowledged
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NotificationView(
    UUID id,
    String channel,
    String accountId,
    String eventId,
    String eventType,
    String kind,
    String recipient,
    UUID endpointId,
    String subject,
    String state,
    int attempts,
    Instant createdAt,
    Instant finishedAt,
    String lastError,
    Acknowledgement acknowledgement) {

  /**
   * @param status open, acknowledged or escalated (the deadline passed; the manager was told)
   */
  record Acknowledgement(
      String status, Instant deadline, Instant acknowledgedAt, String acknowledgedBy) {}
}
