package com.creditbridge.infrastructure;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a GreenMail inbox over real IMAP, logging in as the recipient (GreenMail's convention). */
public final class Mailbox {

  /**
   * The parts of an email a test looks at.
   *
   * @param messageId its {@code Message-ID} header (null when it has none): two copies with one id
   *     are one message sent twice, as webhooks under one {@code webhook-id} are one delivery
   */
  public record Mail(
      String subject, List<String> to, List<String> cc, String content, String messageId) {}

  private final int imapPort;

  public Mailbox(int imapPort) {
    this.imapPort = imapPort;
  }

  public List<Mail> messagesFor(String address) throws Exception {
    Properties props = new Properties();
    props.put("mail.imap.host", "127.0.0.1");
    props.put("mail.imap.port", String.valueOf(imapPort));
    props.put("mail.imap.connectiontimeout", "5000");
    props.put("mail.imap.timeout", "5000");
    Store store = Session.getInstance(props).getStore("imap");
    try {
      store.connect("127.0.0.1", imapPort, address, address);
    } catch (MessagingException noSuchUserYet) {
      return List.of();
    }
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      List<Mail> mails = new ArrayList<>();
      for (Message message : inbox.getMessages()) {
        mails.add(
            new Mail(
                message.getSubject(),
                addresses(message, Message.RecipientType.TO),
                addresses(message, Message.RecipientType.CC),
                MailText.of(message),
                messageId(message)));
      }
      inbox.close(false);
      return mails;
    } finally {
      store.close();
    }
  }

  private static String messageId(Message message) throws MessagingException {
    String[] ids = message.getHeader("Message-ID");
    return ids == null || ids.length == 0 ? null : ids[0];
  }

  private static List<String> addresses(Message message, Message.RecipientType type)
      throws MessagingException {
    var recipients = message.getRecipients(type);
    if (recipients == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (var recipient : recipients) {
      result.add(((jakarta.mail.internet.InternetAddress) recipient).getAddress());
    }
    return result;
  }
}
