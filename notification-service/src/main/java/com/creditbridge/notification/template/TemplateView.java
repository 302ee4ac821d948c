package com.creditbridge.notification.template;

import java.time.Instant;
import java.util.List;

/**
 * A template as the API shows it.
 *
 * @param customized false while the shipped default is in force
 * @param updatedAt when it was last edited; null for the default
 * @param variables the names the template may use at its top level
 */
record TemplateView(
    String eventType,
    String description,
    String subject,
    String text,
    String html,
    boolean customized,
    Instant updatedAt,
    List<String> variables) {}
