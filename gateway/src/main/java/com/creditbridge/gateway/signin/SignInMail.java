package com.creditbridge.gateway.signin;

import com.creditbridge.gateway.people.decision.EmailAddress;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the sign-in email. The link is the credential, so it goes from here straight to SMTP: it is
 * never logged, stored in clear or put on Kafka.
 */
@Component
class SignInMail {

  static final String SUBJECT = "Your CreditBridge sign-in link";

  private final JavaMailSender mail;
  private final SignInProperties properties;

  SignInMail(JavaMailSender mail, SignInProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  /** Blocking (SMTP): callers run it off the event loop. */
  void send(EmailAddress to, String link) {
    MimeMessage message = mail.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(to.value());
      helper.setSubject(SUBJECT);
      long minutes = properties.linkValidity().toMinutes();
      helper.setText(
          "Hello,\n\nopen this link to sign in to CreditBridge:\n\n"
              + link
              + "\n\nIt works once, within "
              + minutes
              + " minutes. If you did not ask for it, ignore this email: nobody can sign in"
              + " without it.\n\nCreditBridge\n");
    } catch (MessagingException e) {
      throw new IllegalStateException("could not compose the sign-in email", e);
    }
    mail.send(message);
  }
}
