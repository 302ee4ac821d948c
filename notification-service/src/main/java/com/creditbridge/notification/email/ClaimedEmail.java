package com.creditbridge.notification.email;

import com.creditbridge.notification.email.content.RenderedEmail;
import java.util.List;
import java.util.UUID;

/**
 * An email this replica has leased and is about to send.
 *
 * @param recipient the one address this copy is delivered to (the SMTP envelope)
 * @param to the To header, the same on every copy
 * @param cc the Cc header, the same on every copy
 * @param body the hold event it is about (structured CloudEvent JSON); only read for emails planned
 *     before emails were rendered when planned (no {@code content}), else may be null
 * @param kind the {@code kind} column: hold, digest, escalation, manager, admin
 * @param content what to send; null only on such old rows
 * @param attempt the number of this attempt, from 1
 * @param accountId the account it is about (its replies become notes); null if none
 */
record ClaimedEmail(
    UUID id,
    String eventId,
    String template,
    String recipient,
    List<String> to,
    List<String> cc,
    String body,
    int attempt,
    UUID leaseId,
    String kind,
    RenderedEmail content,
    String accountId) {}
