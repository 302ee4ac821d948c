package com.creditbridge.notification.replies;

import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.email.EmailKind;
import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.OutgoingEmail;
import com.creditbridge.notification.email.content.AccountContacts;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.ReplyEmailModel;
import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.email.content.WorkspaceLinks;
import com.creditbridge.notification.replies.ReplyNotes.PendingReply;
import com.creditbridge.notification.replies.rules.AccountThread;
import com.creditbridge.notification.replies.rules.MailPerson;
import com.creditbridge.notification.replies.rules.ReplierRole;
import com.creditbridge.notification.replies.rules.ReplyMatch;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Forwards a reply that became a note to the other side of the account, as an email of its own
 * (template {@value TemplateKind#REPLY_FORWARDED}) whose replies become notes too. Planned under
 * the key {@code reply:{Message-ID}}: once per reply.
 */
@Component
class ReplyForwards {

  private final DatabaseClient db;
  private final Emails emails;
  private final String publicUrl;

  ReplyForwards(DatabaseClient db, Emails emails, PublicUrlProperties site) {
    this.db = db;
    this.emails = emails;
    this.publicUrl = site.publicUrl();
  }

  /** Plans the forward in the caller's transaction; true (also when there is no one to tell). */
  Mono<Boolean> forward(PendingReply reply, Instant now) {
    return db.sql("select * from email_thread where message_id = :id")
        .bind("id", reply.threadId())
        .map(ReplyIntake::thread)
        .one()
        .flatMap(
            thread ->
                ReplyMatch.forwardTo(reply.role(), reply.author(), thread)
                    .map(to -> plan(reply, thread, to, now))
                    .orElse(Mono.empty()))
        .thenReturn(true);
  }

  private Mono<Long> plan(PendingReply reply, AccountThread thread, MailPerson to, Instant now) {
    ReplyEmailModel model =
        new ReplyEmailModel(
            to.name(),
            reply.author().who(),
            reply.author().email(),
            words(reply.role()),
            thread.displayName(),
            reply.text(),
            WorkspaceLinks.accountPage(publicUrl, thread.accountId()));
    return emails
        .render(TemplateKind.REPLY_FORWARDED, model)
        .flatMap(
            content ->
                emails.enqueue(
                    new OutgoingEmail(
                        "reply:" + reply.messageId(),
                        EmailKind.REPLY,
                        thread.accountId(),
                        TemplateKind.REPLY_FORWARDED,
                        new Recipients(List.of(mailbox(to)), List.of()),
                        content,
                        new AccountContacts(
                            thread.accountName(),
                            mailbox(thread.salesRep()),
                            mailbox(thread.creditAnalyst()),
                            mailbox(thread.salesManager()))),
                    now));
  }

  private static Mailbox mailbox(MailPerson person) {
    return person == null ? null : new Mailbox(person.name(), person.email());
  }

  private static String words(ReplierRole role) {
    return switch (role) {
      case SALES_REP -> "sales rep";
      case CREDIT_ANALYST -> "credit analyst";
      case SALES_MANAGER -> "sales manager";
    };
  }
}
