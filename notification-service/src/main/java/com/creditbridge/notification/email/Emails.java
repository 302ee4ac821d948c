package com.creditbridge.notification.email;

import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.message.NotificationMessage;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Plans the emails about a hold event: one row per recipient, pending, sent later by the {@link
 * EmailWorker}. Joins the caller's transaction; the unique (event, recipient) constraint makes a
 * second plan for the same event a no-op.
 */
@Component
public class Emails {

  private final DatabaseClient db;

  Emails(DatabaseClient db) {
    this.db = db;
  }

  /** The number of emails created. */
  public Mono<Long> schedule(NotificationMessage message, HoldEventData data, Instant now) {
    if (HoldEventType.fromWireName(message.eventType()).isEmpty()) {
      return Mono.just(0L); // a type this version has no wording for: webhooks only
    }
    Recipients recipients = Recipients.of(data);
    String[] to = formatted(recipients.to());
    String[] cc = formatted(recipients.cc());
    return Flux.fromIterable(recipients.all())
        .concatMap(
            recipient ->
                db.sql(
                        """
                        insert into email
                          (id, event_id, template, recipient, to_addresses, cc_addresses, status,
                           attempts, next_attempt_at, created_at)
                        values (:id, :eventId, :template, :recipient, :to, :cc, 'pending',
                                0, :now, :now)
                        on conflict (event_id, recipient) do nothing
                        """)
                    .bind("id", UUID.randomUUID())
                    .bind("eventId", message.eventId())
                    .bind("template", message.eventType())
                    .bind("recipient", Recipients.normalized(recipient.address()))
                    .bind("to", to)
                    .bind("cc", cc)
                    .bind("now", now)
                    .fetch()
                    .rowsUpdated())
        .reduce(0L, Long::sum);
  }

  /** RFC 5322 mailboxes ("Rita Rep <rita@example.com>"), names encoded where needed. */
  private static String[] formatted(List<Mailbox> mailboxes) {
    return mailboxes.stream()
        .map(
            m -> {
              try {
                return new InternetAddress(m.address(), m.name(), StandardCharsets.UTF_8.name())
                    .toString();
              } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
              }
            })
        .toArray(String[]::new);
  }
}
