package com.creditbridge.notification.email.content;

import java.util.Objects;

/** The Mustache sources of one email: subject, plain text body and HTML body. */
public record EmailTemplate(String subject, String text, String html) {

  public EmailTemplate {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }
}
