package com.creditbridge.notification.email;

import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.email.content.EmailRenderer;
import com.creditbridge.notification.email.content.HoldEmailModel;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.RenderedEmail;
import com.creditbridge.notification.message.NotificationMessage;
import com.creditbridge.notification.template.Templates;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Plans emails: one pending row per recipient, rendered now from the template in force, sent later
 * by the {@link EmailWorker}. Joins the caller's transaction; the unique (key, recipient)
 * constraint makes a second plan for the same thing a no-op.
 */
@Component
public class Emails {

  private static final Logger log = LoggerFactory.getLogger(Emails.class);

  private final DatabaseClient db;
  private final Templates templates;
  private final EmailRenderer renderer = new EmailRenderer();
  private final String publicUrl;

  Emails(DatabaseClient db, Templates templates, PublicUrlProperties site) {
    this.db = db;
    this.templates = templates;
    this.publicUrl = site.publicUrl();
  }

  /** The emails about a hold event, to the sales rep cc the analyst; the number created. */
  public Mono<Long> schedule(NotificationMessage message, HoldEventData data, Instant now) {
    if (HoldEventType.fromWireName(message.eventType()).isEmpty()) {
      return Mono.just(0L); // a type this version has no wording for: webhooks only
    }
    return render(message.eventType(), HoldEmailModel.of(data, publicUrl))
        .flatMap(
            content ->
                enqueue(
                    new OutgoingEmail(
                        message.eventId(),
                        EmailKind.HOLD,
                        data.accountId(),
                        message.eventType(),
                        Recipients.of(data),
                        content),
                    now));
  }

  /**
   * Renders with the template in force. A stored template was checked when it was saved; should it
   * still fail on odd data, the shipped default is used, so an email is never lost to a template.
   */
  public Mono<RenderedEmail> render(String templateKey, Object model) {
    return templates
        .current(templateKey)
        .map(
            template -> {
              try {
                return renderer.render(template, model);
              } catch (RuntimeException e) {
                log.warn("Template {} failed; using the default: {}", templateKey, e.toString());
                return renderer.render(templates.defaults(templateKey), model);
              }
            });
  }

  /** Plans one rendered email, a row per recipient; the number of rows created. */
  public Mono<Long> enqueue(OutgoingEmail email, Instant now) {
    String[] to = formatted(email.recipients().to());
    String[] cc = formatted(email.recipients().cc());
    return Flux.fromIterable(email.recipients().all())
        .concatMap(
            recipient -> {
              var spec =
                  db.sql(
                          """
                          insert into email
                            (id, event_id, kind, account_id, template, recipient, to_addresses,
                             cc_addresses, status, attempts, next_attempt_at, subject, text_body,
                             html_body, created_at)
                          values (:id, :key, :kind, :accountId, :template, :recipient, :to, :cc,
                                  'pending', 0, :now, :subject, :text, :html, :now)
                          on conflict (event_id, recipient) do nothing
                          """)
                      .bind("id", UUID.randomUUID())
                      .bind("key", email.key())
                      .bind("kind", email.kind().wireName())
                      .bind("template", email.template())
                      .bind("recipient", Recipients.normalized(recipient.address()))
                      .bind("to", to)
                      .bind("cc", cc)
                      .bind("now", now)
                      .bind("subject", email.content().subject())
                      .bind("text", email.content().text())
                      .bind("html", email.content().html());
              spec =
                  email.accountId() == null
                      ? spec.bindNull("accountId", String.class)
                      : spec.bind("accountId", email.accountId());
              return spec.fetch().rowsUpdated();
            })
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
