package com.creditbridge.notification.email;

import com.creditbridge.notification.email.content.AccountContacts;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.RenderedEmail;

/**
 * An email to plan, already rendered.
 *
 * @param key what the email is about, unique with each recipient: a hold event id, or e.g. {@code
 *     digest:{rep}:{week}}; planning the same key twice sends nothing more
 * @param accountId the account it is about, for the notifications list; null if none
 * @param template the template it was rendered from (or a short name of what it is)
 * @param contacts the account's people as the email knows them, kept with its Message-ID for
 *     replies; null to take them from the account's profile
 */
public record OutgoingEmail(
    String key,
    EmailKind kind,
    String accountId,
    String template,
    Recipients recipients,
    RenderedEmail content,
    AccountContacts contacts) {

  /** An email whose account's people are those of the account's profile, if it is about one. */
  public OutgoingEmail(
      String key,
      EmailKind kind,
      String accountId,
      String template,
      Recipients recipients,
      RenderedEmail content) {
    this(key, kind, accountId, template, recipients, content, null);
  }
}
