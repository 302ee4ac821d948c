package com.creditbridge.notification.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The text and HTML alternatives of a received email, joined, for assertions. */
public final class MailText {

  private MailText() {}

  public static String of(Part part) throws Exception {
    if (part.isMimeType("text/*")) {
      return ((String) part.getContent()).replace("\r\n", "\n"); // SMTP sends CRLF
    }
    StringBuilder all = new StringBuilder();
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(of(multipart.getBodyPart(i))).append('\n');
      }
    }
    return all.toString();
  }
}
