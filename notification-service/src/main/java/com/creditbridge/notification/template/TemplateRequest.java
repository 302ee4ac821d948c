package com.creditbridge.notification.template;

/** The body of {@code PUT /api/v1/templates/{eventType}} and of a preview: the Mustache sources. */
record TemplateRequest(String subject, String text, String html) {}
