package com.creditbridge.notification.replies;

import com.creditbridge.notification.replies.rules.IncomingReply;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads the replies mailbox over IMAP (Jakarta Mail). Each message is first recorded by {@link
 * ReplyIntake} and only then deleted from the mailbox: a crash in between leaves it there, and the
 * next read finds it recorded already.
 */
@Component
class ReplyInbox {

  private static final Logger log = LoggerFactory.getLogger(ReplyInbox.class);

  private final ReplyProperties properties;
  private final ReplyIntake intake;
  private final Session session;

  ReplyInbox(ReplyProperties properties, ReplyIntake intake) {
    this.properties = properties;
    this.intake = intake;
    String timeout = String.valueOf(properties.timeout().toMillis());
    Properties mail = new Properties();
    String prefix = "mail." + properties.protocol() + ".";
    // Jakarta Mail waits forever by default; a stuck server must fail the pass instead
    mail.put(prefix + "connectiontimeout", timeout);
    mail.put(prefix + "timeout", timeout);
    mail.put(prefix + "writetimeout", timeout);
    this.session = Session.getInstance(mail);
  }

  /** Reads up to a batch of messages; the number of messages taken out of the mailbox. */
  Mono<Integer> read() {
    return Mono.fromCallable(this::readBlocking).subscribeOn(Schedulers.boundedElastic());
  }

  private int readBlocking() throws MessagingException {
    try (Store store = session.getStore(properties.protocol())) {
      try {
        store.connect(
            properties.host(), properties.port(), properties.username(), properties.password());
      } catch (AuthenticationFailedException e) {
        // the embedded mail server creates the mailbox on its first delivery
        log.debug("The replies mailbox refused the login (no mail yet?)");
        return 0;
      }
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      int taken = 0;
      try {
        int count = Math.min(inbox.getMessageCount(), properties.batchSize());
        Message[] messages = count == 0 ? new Message[0] : inbox.getMessages(1, count);
        for (Message message : messages) {
          if (message.isSet(Flags.Flag.DELETED)) {
            continue;
          }
          IncomingReply reply;
          try {
            reply = ReplyMessages.read(message);
          } catch (MessagingException | RuntimeException e) {
            // one unreadable message must not stop the others; it stays for a later look
            log.warn(
                "Could not read message {} of the replies mailbox: {}",
                message.getMessageNumber(),
                e.toString());
            continue;
          }
          // blocking here is fine: this runs on the bounded elastic scheduler
          intake.take(reply).block(properties.timeout().plus(Duration.ofSeconds(5)));
          message.setFlag(Flags.Flag.DELETED, true);
          taken++;
        }
      } finally {
        inbox.close(true); // expunge what was recorded
      }
      return taken;
    }
  }
}
