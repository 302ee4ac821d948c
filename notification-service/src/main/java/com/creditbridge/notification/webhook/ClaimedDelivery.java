package com.creditbridge.notification.webhook;

import java.util.UUID;

/**
 * A delivery this replica has leased and is about to attempt.
 *
 * @param attempt the number of this attempt, from 1
 * @param leaseId the claim; outcomes are recorded only while it still holds
 */
record ClaimedDelivery(
    UUID id,
    UUID endpointId,
    String url,
    String secret,
    String eventId,
    String body,
    int attempt,
    UUID leaseId) {}
