package com.creditbridge.notification.replies;

import com.creditbridge.notification.email.EmailProperties;
import com.creditbridge.notification.replies.rules.AccountThread;
import com.creditbridge.notification.replies.rules.IncomingReply;
import com.creditbridge.notification.replies.rules.MailPerson;
import com.creditbridge.notification.replies.rules.ReplyMatch;
import com.creditbridge.notification.replies.rules.ReplyMatch.Dropped;
import com.creditbridge.notification.replies.rules.ReplyMatch.Matched;
import com.creditbridge.notification.replies.rules.ReplyMatch.Outcome;
import io.r2dbc.spi.Readable;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records each message read from the replies mailbox once, by its own Message-ID: a reply that
 * matched waits as {@code pending} for its note, anything else is {@code dropped} with the reason.
 * The row is the claim: whichever replica inserts it first decides, the others (and a second read
 * after a crash) find it there and change nothing.
 */
@Component
class ReplyIntake {

  private static final Logger log = LoggerFactory.getLogger(ReplyIntake.class);

  private final DatabaseClient db;
  private final ReplyMetrics metrics;
  private final Clock clock;
  private final Set<String> ownAddresses;

  ReplyIntake(
      DatabaseClient db,
      ReplyMetrics metrics,
      Clock clock,
      ReplyProperties properties,
      EmailProperties email) {
    this.db = db;
    this.metrics = metrics;
    this.clock = clock;
    this.ownAddresses = Set.of(address(properties.address()), address(email.from()));
  }

  /** Decides about one message and records it; true if this call recorded it (first reader). */
  Mono<Boolean> take(IncomingReply reply) {
    List<String> ids = ReplyMatch.referencedIds(reply);
    return threads(ids)
        .flatMap(
            known -> {
              Outcome outcome = ReplyMatch.decide(reply, known, ownAddresses);
              return record(reply.messageId(), outcome)
                  .doOnNext(
                      first -> {
                        if (!first) {
                          return;
                        }
                        if (outcome instanceof Dropped dropped) {
                          metrics.dropped(dropped.reason());
                          log.info(
                              "Reply {} dropped: {}",
                              reply.messageId(),
                              dropped.reason().wireName());
                        } else if (outcome instanceof Matched matched) {
                          log.info(
                              "Reply {} from the {} of account {} waits for its note",
                              reply.messageId(),
                              matched.role().wireName(),
                              matched.thread().accountId());
                        }
                      });
            });
  }

  private Mono<Map<String, AccountThread>> threads(List<String> ids) {
    if (ids.isEmpty()) {
      return Mono.just(Map.of());
    }
    return db.sql("select * from email_thread where message_id = any(:ids)")
        .bind("ids", ids.toArray(String[]::new))
        .map(ReplyIntake::thread)
        .all()
        .collectMap(AccountThread::messageId);
  }

  static AccountThread thread(Readable row) {
    return new AccountThread(
        row.get("message_id", String.class),
        row.get("account_id", String.class),
        row.get("account_name", String.class),
        MailPerson.orNull(
            row.get("sales_rep_email", String.class), row.get("sales_rep_name", String.class)),
        MailPerson.orNull(
            row.get("credit_analyst_email", String.class),
            row.get("credit_analyst_name", String.class)),
        MailPerson.orNull(
            row.get("sales_manager_email", String.class),
            row.get("sales_manager_name", String.class)));
  }

  private Mono<Boolean> record(String messageId, Outcome outcome) {
    Instant now = clock.instant();
    var spec =
        db.sql(
                """
                insert into reply
                  (message_id, status, reason, thread_id, account_id, author_email, author_name,
                   author_role, text, next_attempt_at, received_at)
                values (:messageId, :status, :reason, :threadId, :accountId, :authorEmail,
                        :authorName, :authorRole, :text, :next, :now)
                on conflict (message_id) do nothing
                """)
            .bind("messageId", messageId)
            .bind("now", now);
    if (outcome instanceof Matched m) {
      spec =
          spec.bind("status", "pending")
              .bindNull("reason", String.class)
              .bind("threadId", m.thread().messageId())
              .bind("accountId", m.thread().accountId())
              .bind("authorEmail", m.author().email())
              .bind("authorRole", m.role().wireName())
              .bind("text", m.text())
              .bind("next", now);
      spec =
          m.author().name() == null
              ? spec.bindNull("authorName", String.class)
              : spec.bind("authorName", m.author().name());
    } else {
      Dropped d = (Dropped) outcome;
      spec =
          spec.bind("status", "dropped")
              .bind("reason", d.reason().wireName())
              .bindNull("threadId", String.class)
              .bindNull("accountId", String.class)
              .bindNull("authorEmail", String.class)
              .bindNull("authorName", String.class)
              .bindNull("authorRole", String.class)
              .bindNull("text", String.class)
              .bindNull("next", Instant.class);
    }
    return spec.fetch().rowsUpdated().map(n -> n > 0);
  }

  private static String address(String formatted) {
    try {
      return new InternetAddress(formatted).getAddress().toLowerCase(Locale.ROOT);
    } catch (AddressException e) {
      throw new IllegalStateException("Not an email address: " + formatted, e);
    }
  }
}
