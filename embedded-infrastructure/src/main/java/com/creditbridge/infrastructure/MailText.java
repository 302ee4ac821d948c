package com.creditbridge.infrastructure;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** All the text of an email, plain and HTML parts alike, for assertions on its wording. */
public final class MailText {

  private MailText() {}

  public static String of(Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof String text) {
      return text;
    }
    if (content instanceof Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(of(multipart.getBodyPart(i))).append('\n');
      }
      return all.toString();
    }
    return "";
  }
}
