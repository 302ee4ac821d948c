package com.creditbridge.notification.email;

import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.RenderedEmail;

/**
 * An email to plan, already rendered.
 *
 * @param key what the email is about, unique with each recipient: a hold event id, or e.g. {@code
 *     digest:{rep}:{week}}; planning the same key twice sends nothing more
 * @param accountId the account it is about, for the notifications list; null if none
 * @param template the template it was rendered from (or a short name of what it is)
 */
public record OutgoingEmail(
    String key,
    EmailKind kind,
    String accountId,
    String template,
    Recipients recipients,
    RenderedEmail content) {}
