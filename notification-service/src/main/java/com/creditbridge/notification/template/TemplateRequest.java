package com.creditbridge.notification.template;

/**
 * The body of {@code PUT /api/v1/templates/{eventType}}, of a preview and of a proposal: the
 * Mustache sources.
 *
 * @param changedBy optional from an API key on a PUT: the person who made the edit (a signed-in
 *     person is named by the gateway)
 * @param proposedBy on a proposal from an API key, the person proposing (required then)
 * @param comment on a proposal, why (optional)
 */
record TemplateRequest(
    String subject,
    String text,
    String html,
    PersonName changedBy,
    PersonName proposedBy,
    String comment) {

  /** A person an API client names. */
  record PersonName(String name, String email) {}
}
