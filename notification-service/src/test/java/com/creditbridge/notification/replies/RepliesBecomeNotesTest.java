package com.creditbridge.notification.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.infrastructure.Infrastructure;
import com.creditbridge.infrastructure.TestInfrastructure;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotesStub;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/**
 * A reply to an email about an account, sent over SMTP by a test mail client to the replies mailbox
 * and read over IMAP, becomes a note on the hold-service (a real HTTP server standing in for it) by
 * the replier, and is forwarded to the other side. The tests run the read and the note pass
 * themselves, as the loop of a replica would.
 */
class RepliesBecomeNotesTest extends NotificationIntegrationTest {

  private static final String REPLIES = "replies@creditbridge.local";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Autowired ReplyInbox inbox;
  @Autowired ReplyNotes notes;
  @Autowired MeterRegistry meters;

  @Test
  void aSalesRepsReplyBecomesTheirNoteAndReachesTheCreditAnalyst() throws Exception {
    Account account = accountWithAHoldEmail();
    MimeMessage holdEmail = account.repsCopy();
    assertThat(holdEmail.getReplyTo()).containsExactly(new InternetAddress(REPLIES));
    double recordedBefore = recorded();

    send(
        reply(account.rep(), holdEmail.getMessageID())
            .text(
                "Spoke to their finance team, they pay on Friday.\n\nBest regards,\nRita\n\n"
                    + "On Mon, 11 May 2026, CreditBridge <creditbridge@localhost> wrote:\n"
                    + "> Hello Rita Rep,\n> ACME Corp: new orders now go through an order review"));
    readRepliesAndMakeNotes();

    List<NotesStub.NoteRequest> requests = NotesStub.requestsFor(account.id());
    assertThat(requests).hasSize(1);
    NotesStub.NoteRequest note = requests.get(0);
    assertThat(note.header("X-CreditBridge-Person")).isEqualTo(account.rep().email());
    assertThat(note.header("X-CreditBridge-Person-Name")).isEqualTo("Rita+Rep");
    assertThat(note.header("Idempotency-Key")).startsWith("reply-");
    assertThat(note.body())
        .contains("\"text\":\"Spoke to their finance team, they pay on Friday.\"")
        .contains("\"author\":\"Rita Rep\"");
    assertThat(recorded()).isEqualTo(recordedBefore + 1);

    // the analyst already has the hold email (cc); the forward comes on top
    await().atMost(WAIT).until(() -> Mailboxes.inbox(account.analyst().email()).size() == 2);
    MimeMessage forward =
        Mailboxes.inbox(account.analyst().email()).stream()
            .filter(m -> subject(m).contains("replied"))
            .findFirst()
            .orElseThrow();
    assertThat(forward.getSubject()).isEqualTo("ACME Corp: Rita Rep replied");
    assertThat(text(forward))
        .contains("Hello Carl Credit,")
        .contains("Rita Rep (sales rep, " + account.rep().email() + ") replied about ACME Corp:")
        .contains("Spoke to their finance team, they pay on Friday.")
        .doesNotContain("Best regards")
        .doesNotContain("> Hello");
    assertThat(forward.getReplyTo()).containsExactly(new InternetAddress(REPLIES));
    assertThat(
            count(
                "select count(*) from reply where account_id = :account and status = 'recorded'",
                Map.of("account", account.id())))
        .isEqualTo(1);
  }

  @Test
  void theCreditAnalystsAnswerToTheForwardBecomesTheirNoteAndReachesTheSalesRep() throws Exception {
    Account account = accountWithAHoldEmail();
    send(reply(account.rep(), account.repsCopy().getMessageID()).text("Paid half today."));
    readRepliesAndMakeNotes();
    await().atMost(WAIT).until(() -> Mailboxes.inbox(account.analyst().email()).size() == 2);
    MimeMessage forward =
        Mailboxes.inbox(account.analyst().email()).stream()
            .filter(m -> subject(m).contains("replied"))
            .findFirst()
            .orElseThrow();

    send(reply(account.analyst(), forward.getMessageID()).text("Thanks, noted: the rest by June."));
    readRepliesAndMakeNotes();

    List<NotesStub.NoteRequest> requests = NotesStub.requestsFor(account.id());
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).header("X-CreditBridge-Person"))
        .isEqualTo(account.analyst().email());
    await().atMost(WAIT).until(() -> Mailboxes.inbox(account.rep().email()).size() == 2);
    assertThat(
            Mailboxes.inbox(account.rep().email()).stream()
                .filter(m -> subject(m).equals("ACME Corp: Carl Credit replied"))
                .map(RepliesBecomeNotesTest::text))
        .singleElement()
        .asString()
        .contains("Thanks, noted: the rest by June.");
  }

  @Test
  void aStrangersReplyIsDroppedAndCountedWithoutANote() throws Exception {
    Account account = accountWithAHoldEmail();
    double before = dropped("stranger");

    send(
        reply(
                new Party(null, "Eve", "eve-" + UUID.randomUUID() + "@example.com"),
                account.repsCopy().getMessageID())
            .text("Release the orders please."));
    readRepliesAndMakeNotes();

    assertThat(NotesStub.requestsFor(account.id())).isEmpty();
    assertThat(dropped("stranger")).isEqualTo(before + 1);
  }

  @Test
  void aReplyToAnUnknownEmailIsDroppedAndCountedWithoutANote() throws Exception {
    Account account = accountWithAHoldEmail();
    double before = dropped("unknown-thread");

    send(reply(account.rep(), "<" + UUID.randomUUID() + "@creditbridge>").text("Paid."));
    readRepliesAndMakeNotes();

    assertThat(NotesStub.requestsFor(account.id())).isEmpty();
    assertThat(dropped("unknown-thread")).isEqualTo(before + 1);
  }

  @Test
  void anHtmlOnlyReplyBecomesANoteInPlainText() throws Exception {
    Account account = accountWithAHoldEmail();

    send(
        reply(account.rep(), account.repsCopy().getMessageID())
            .html(
                "<div>Paid &amp; confirmed <b>today</b>.<script>alert(1)</script></div>"
                    + "<blockquote>Hello Rita Rep, ACME Corp ...</blockquote>"));
    readRepliesAndMakeNotes();

    assertThat(NotesStub.requestsFor(account.id()))
        .singleElement()
        .satisfies(
            note -> assertThat(note.body()).contains("\"text\":\"Paid & confirmed today.\""));
  }

  @Test
  void anOutOfOfficeAnswerIsDroppedAsAutomatic() throws Exception {
    Account account = accountWithAHoldEmail();
    double before = dropped("automatic");

    send(
        reply(account.rep(), account.repsCopy().getMessageID())
            .text("I am out of the office until Monday.")
            .header("Auto-Submitted", "auto-replied"));
    readRepliesAndMakeNotes();

    assertThat(NotesStub.requestsFor(account.id())).isEmpty();
    assertThat(dropped("automatic")).isEqualTo(before + 1);
  }

  @Test
  void theSameReplyReadTwiceOrByTwoReadersAtOnceMakesOneNote() throws Exception {
    Account account = accountWithAHoldEmail();
    ReplyMail reply =
        reply(account.rep(), account.repsCopy().getMessageID()).text("Paid in full today.");

    // two copies in the mailbox (a client sending twice; a read that crashed before deleting)
    send(reply);
    send(reply);
    awaitInReplies(2);
    Mono.zip(inbox.read(), inbox.read()).block(WAIT);
    notes.pass().block(WAIT);
    send(reply);
    readRepliesAndMakeNotes();

    assertThat(NotesStub.requestsFor(account.id())).hasSize(1);
    assertThat(
            count(
                "select count(*) from reply where account_id = :account",
                Map.of("account", account.id())))
        .isEqualTo(1);
  }

  @Test
  void aNoteTheHoldServiceCouldNotTakeIsRetriedWithTheSameKeyUntilItIsTaken() throws Exception {
    Account account = accountWithAHoldEmail();
    NotesStub.failNext(1);

    send(reply(account.rep(), account.repsCopy().getMessageID()).text("Paid yesterday."));
    readRepliesAndMakeNotes();
    assertThat(
            count(
                "select count(*) from reply where account_id = :account and status = 'pending'",
                Map.of("account", account.id())))
        .isEqualTo(1);

    clock.advance(Duration.ofMinutes(1)); // past the first retry delay
    notes.pass().block(WAIT);

    List<NotesStub.NoteRequest> requests = NotesStub.requestsFor(account.id());
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).header("Idempotency-Key"))
        .isEqualTo(requests.get(0).header("Idempotency-Key"));
    assertThat(
            count(
                "select count(*) from reply where account_id = :account and status = 'recorded'",
                Map.of("account", account.id())))
        .isEqualTo(1);
  }

  // --- helpers ---

  private record Account(String id, Party rep, Party analyst, MimeMessage repsCopy) {}

  /** A new account with a hold email sent to its rep (cc the analyst), as read by the rep. */
  private Account accountWithAHoldEmail() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    var rep = new Party("rep-" + suffix, "Rita Rep", "rita-" + suffix + "@example.com");
    var analyst = new Party("an-" + suffix, "Carl Credit", "carl-" + suffix + "@example.com");
    CloudEvent<HoldEventData> event = HoldEvents.placed(rep, analyst);
    HoldEvents.publish(event);
    await().atMost(WAIT).until(() -> Mailboxes.inbox(rep.email()).size() == 1);
    await().atMost(WAIT).until(() -> Mailboxes.inbox(analyst.email()).size() == 1);
    return new Account(event.subject(), rep, analyst, Mailboxes.inbox(rep.email()).get(0));
  }

  private void readRepliesAndMakeNotes() {
    awaitInReplies(1);
    inbox.read().block(WAIT);
    notes.pass().block(WAIT);
  }

  private static void awaitInReplies(int atLeast) {
    await().atMost(WAIT).until(() -> Mailboxes.inbox(REPLIES).size() >= atLeast);
  }

  private double recorded() {
    return meters.get("creditbridge.replies.recorded").counter().count();
  }

  private double dropped(String reason) {
    return meters.get("creditbridge.replies.dropped").tag("reason", reason).counter().count();
  }

  private static ReplyMail reply(Party from, String inReplyTo) {
    return new ReplyMail(
        from, inReplyTo, "<" + UUID.randomUUID() + "@mail.example.com>", "", false, Map.of());
  }

  /** A reply as a mail client writes it, sent to the replies mailbox over SMTP. */
  private record ReplyMail(
      Party from,
      String inReplyTo,
      String messageId,
      String text,
      boolean html,
      Map<String, String> headers) {
    ReplyMail text(String value) {
      return new ReplyMail(from, inReplyTo, messageId, value, false, headers);
    }

    ReplyMail html(String value) {
      return new ReplyMail(from, inReplyTo, messageId, value, true, headers);
    }

    ReplyMail header(String name, String value) {
      return new ReplyMail(from, inReplyTo, messageId, text, html, Map.of(name, value));
    }
  }

  private static void send(ReplyMail reply) throws Exception {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", Infrastructure.MAIL_HOST);
    properties.put("mail.smtp.port", String.valueOf(TestInfrastructure.shared().smtpPort()));
    Session session = Session.getInstance(properties);
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", reply.messageId()); // the client's own, kept on every send
          }
        };
    message.setFrom(new InternetAddress(reply.from().email(), reply.from().name()));
    message.setRecipient(RecipientType.TO, new InternetAddress(REPLIES));
    message.setSubject("Re: ACME Corp", "UTF-8");
    message.setHeader("In-Reply-To", reply.inReplyTo());
    message.setHeader("References", reply.inReplyTo());
    if (reply.html()) {
      message.setText(reply.text(), "UTF-8", "html");
    } else {
      message.setText(reply.text(), "UTF-8");
    }
    for (var header : reply.headers().entrySet()) {
      message.setHeader(header.getKey(), header.getValue());
    }
    Transport.send(message);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain text alternative. */
  private static String text(jakarta.mail.Part part) {
    try {
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
          texts.add(text(multipart.getBodyPart(i)));
        }
        return texts.stream().filter(t -> !t.isEmpty()).findFirst().orElse("");
      }
      return "";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
