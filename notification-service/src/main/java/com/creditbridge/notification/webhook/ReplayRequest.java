package com.creditbridge.notification.webhook;

/**
 * The body of {@code POST /api/v1/webhook-endpoints/{id}/replay}.
 *
 * @param since an ISO-8601 instant: the events that happened at or after it are sent again
 */
record ReplayRequest(String since) {}
