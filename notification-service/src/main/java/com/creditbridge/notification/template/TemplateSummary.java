package com.creditbridge.notification.template;

import java.time.Instant;

/** One entry of {@code GET /api/v1/templates}. */
record TemplateSummary(
    String eventType, String description, boolean customized, Instant updatedAt) {}
