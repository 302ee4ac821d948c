package com.creditbridge.notification.email;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose headers name everyone (To: the sales rep, Cc: the analyst) but which is delivered
 * to one recipient only: SMTP separates the envelope from the headers, and this is how each copy of
 * one email is sent and tracked on its own. {@code JavaMailSender} delivers to {@link
 * #getAllRecipients()}, so that is what names the envelope.
 */
final class EnvelopeMimeMessage extends MimeMessage {

  private final InternetAddress envelopeRecipient;

  EnvelopeMimeMessage(Session session, InternetAddress envelopeRecipient) {
    super(session);
    this.envelopeRecipient = envelopeRecipient;
  }

  @Override
  public Address[] getAllRecipients() {
    return new Address[] {envelopeRecipient};
  }
}
