package com.creditbridge.notification.replies;

import com.creditbridge.notification.email.content.MessageIds;
import com.creditbridge.notification.replies.rules.IncomingReply;
import com.creditbridge.notification.replies.rules.MailPerson;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A Jakarta Mail message as an {@link IncomingReply}: the headers and text parts, nothing else. */
final class ReplyMessages {

  /** Parts nested deeper than this are not looked into. */
  private static final int MAX_DEPTH = 8;

  /** A text part is read up to this many bytes. */
  private static final int MAX_PART_BYTES = 400_000;

  private ReplyMessages() {}

  static IncomingReply read(Message message) throws MessagingException {
    MimeMessage mime = (MimeMessage) message;
    Texts texts = new Texts();
    try {
      collect(message, texts, 0);
    } catch (IOException e) {
      // unreadable body: decided on the headers, and an empty text is dropped as such
    }
    return new IncomingReply(
        id(mime),
        from(mime),
        sender(mime),
        mime.getHeader("In-Reply-To", " "),
        mime.getHeader("References", " "),
        mime.getHeader("Auto-Submitted", ","),
        mime.getHeader("Precedence", ","),
        mime.getHeader("Return-Path", ","),
        message.isMimeType("multipart/report"),
        texts.plain,
        texts.html);
  }

  /** The message's own id; without one, a digest of the whole message (the same on every read). */
  private static String id(MimeMessage message) throws MessagingException {
    List<String> ids = MessageIds.in(message.getMessageID());
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
        message.writeTo(out);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new MessagingException("Could not read the message", e);
    }
  }

  private static List<MailPerson> from(MimeMessage message) {
    List<MailPerson> people = new ArrayList<>();
    Address[] addresses;
    try {
      // the From header itself: getFrom() would fall back to Sender when it is missing
      String header = message.getHeader("From", ",");
      if (header == null) {
        return people;
      }
      addresses = InternetAddress.parseHeader(header, true);
    } catch (MessagingException e) {
      return List.of(); // an unparseable From: forged
    }
    for (Address address : addresses) {
      if (address instanceof InternetAddress internet && valid(internet)) {
        people.add(new MailPerson(internet.getAddress(), internet.getPersonal()));
      } else {
        return List.of();
      }
    }
    return people;
  }

  private static MailPerson sender(MimeMessage message) {
    try {
      Address sender = message.getSender();
      return sender instanceof InternetAddress internet && valid(internet)
          ? new MailPerson(internet.getAddress(), internet.getPersonal())
          : null;
    } catch (MessagingException e) {
      return null;
    }
  }

  private static boolean valid(InternetAddress address) {
    try {
      address.validate();
      return address.getAddress() != null && !address.isGroup();
    } catch (AddressException e) {
      return false;
    }
  }

  private static void collect(Part part, Texts texts, int depth)
      throws MessagingException, IOException {
    if (depth > MAX_DEPTH || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return;
    }
    if (part.isMimeType("text/plain")) {
      texts.plain = texts.plain == null ? text(part) : texts.plain;
    } else if (part.isMimeType("text/html")) {
      texts.html = texts.html == null ? text(part) : texts.html;
    } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), texts, depth + 1);
      }
    }
    // message/rfc822 and everything else: a forwarded message or an attachment, not the reply
  }

  private static String text(Part part) throws MessagingException, IOException {
    try {
      Object content = part.getContent();
      if (content instanceof String text) {
        return text.length() > MAX_PART_BYTES ? text.substring(0, MAX_PART_BYTES) : text;
      }
    } catch (java.io.UnsupportedEncodingException e) {
      // an unknown charset: read as UTF-8 below rather than lose the reply
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(MAX_PART_BYTES), StandardCharsets.UTF_8);
    }
  }

  private static final class Texts {
    private String plain;
    private String html;
  }
}
