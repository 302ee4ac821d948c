package com.creditbridge.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** Only a 5xx answer to the recipient is a refusal for good; everything else is retried. */
class RecipientRefusalTest {

  @Test
  void a550ToTheRecipientInsideSpringsSendExceptionIsARefusal() throws Exception {
    var refused =
        new SMTPAddressFailedException(
            new InternetAddress("gone@example.com"), "RCPT TO", 550, "550 5.1.1 no such user");
    var failed = new SendFailedException("Invalid Addresses", refused);
    var error = new MailSendException(Map.of(new Object(), failed));

    assertThat(RecipientRefusal.of(error)).hasValueSatisfying(r -> assertThat(r).startsWith("550"));
  }

  @Test
  void aTemporaryAnswerOrALostConnectionIsNoRefusal() throws Exception {
    var busy =
        new SMTPAddressFailedException(
            new InternetAddress("busy@example.com"), "RCPT TO", 452, "452 mailbox full");

    assertThat(RecipientRefusal.of(new SendFailedException("Invalid Addresses", busy))).isEmpty();
    assertThat(RecipientRefusal.of(new MessagingException("Could not connect"))).isEmpty();
    assertThat(RecipientRefusal.of(new IllegalStateException("boom"))).isEmpty();
  }
}
