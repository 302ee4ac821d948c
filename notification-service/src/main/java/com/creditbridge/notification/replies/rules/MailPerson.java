package com.creditbridge.notification.replies.rules;

import java.util.Locale;

/**
 * Someone on either end of a reply: an address (lower-case, the form people are matched by) and the
 * display name, which may be null.
 */
public record MailPerson(String email, String name) {

  public MailPerson {
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("a mail person has an address");
    }
    email = email.trim().toLowerCase(Locale.ROOT);
    name = name == null || name.isBlank() ? null : name.strip();
  }

  /** Null when there is no address: an account may name nobody in a role. */
  public static MailPerson orNull(String email, String name) {
    return email == null || email.isBlank() ? null : new MailPerson(email, name);
  }

  /** How a note or an email names this person: the name, else the address. */
  public String who() {
    return name == null ? email : name;
  }
}
