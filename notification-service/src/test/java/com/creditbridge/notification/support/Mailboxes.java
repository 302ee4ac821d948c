package com.creditbridge.notification.support;

import com.creditbridge.infrastructure.Infrastructure;
import com.creditbridge.infrastructure.TestInfrastructure;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a GreenMail mailbox over IMAP (login = password = the address), as a mail client would. */
public final class Mailboxes {

  private Mailboxes() {}

  /** Copies of the messages in the inbox; empty while the mailbox does not exist yet. */
  public static List<MimeMessage> inbox(String address) {
    Properties properties = new Properties();
    properties.put("mail.imap.connectiontimeout", "5000");
    properties.put("mail.imap.timeout", "5000");
    Session session = Session.getInstance(properties);
    try (Store store = session.getStore("imap")) {
      store.connect(
          Infrastructure.MAIL_HOST, TestInfrastructure.shared().imapPort(), address, address);
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      List<MimeMessage> messages = new ArrayList<>();
      for (Message message : inbox.getMessages()) {
        messages.add(new MimeMessage((MimeMessage) message)); // readable after the store closes
      }
      inbox.close(false);
      return messages;
    } catch (jakarta.mail.AuthenticationFailedException e) {
      return List.of(); // GreenMail creates the user on first delivery
    } catch (MessagingException e) {
      throw new IllegalStateException("could not read the mailbox of " + address, e);
    }
  }
}
