package com.creditbridge.notification.email;

import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.notification.ColumnJson;
import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.email.content.AccountContacts;
import com.creditbridge.notification.email.content.EmailRenderer;
import com.creditbridge.notification.email.content.EmailTemplate;
import com.creditbridge.notification.email.content.HoldEmailModel;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.MessageIds;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.RenderedEmail;
import com.creditbridge.notification.message.NotificationMessage;
import com.creditbridge.notification.template.Templates;
import com.creditbridge.notification.wording.Wordings;
import com.creditbridge.platform.wording.Wording;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final Wordings wordings;
  private final EmailRenderer renderer = new EmailRenderer();
  private final String publicUrl;
  private final EmailWakeUp wakeUp;

  Emails(
      DatabaseClient db,
      Templates templates,
      Wordings wordings,
      PublicUrlProperties site,
      EmailWakeUp wakeUp) {
    this.db = db;
    this.wordings = wordings;
    this.wakeUp = wakeUp;
    this.templates = templates;
    this.publicUrl = site.publicUrl();
  }

  /** The emails about a hold event, to the sales rep cc the analyst; the number created. */
  public Mono<Long> schedule(NotificationMessage message, HoldChange change, Instant now) {
    if (HoldEventType.fromWireName(message.eventType()).isEmpty()) {
      return Mono.just(0L); // a type this version has no wording for: webhooks only
    }
    return render(message.eventType(), HoldEmailModel.of(change, publicUrl))
        .flatMap(
            content ->
                enqueue(
                    new OutgoingEmail(
                        message.eventId(),
                        EmailKind.HOLD,
                        change.accountId(),
                        message.eventType(),
                        Recipients.of(change),
                        content,
                        AccountContacts.of(change)),
                    now));
  }

  /**
   * Renders with the template in force. A stored template was checked when it was saved; should it
   * still fail on odd data, the shipped default is used, so an email is never lost to a template.
   * Worded as the wording in force says.
   */
  public Mono<RenderedEmail> render(String templateKey, Object model) {
    return templates
        .current(templateKey)
        .zipWith(wordings.inForce())
        .map(both -> render(templateKey, both.getT1(), model, both.getT2()));
  }

  private RenderedEmail render(
      String templateKey, EmailTemplate template, Object model, Wording wording) {
    try {
      return renderer.render(templateKey, template, model, wording);
    } catch (RuntimeException e) {
      log.warn("Template {} failed; using the default: {}", templateKey, e.toString());
      return renderer.render(templateKey, templates.defaults(templateKey), model, wording);
    }
  }

  /** A hold event to email about. */
  public record HoldEmail(NotificationMessage message, HoldChange change) {}

  /**
   * The emails about many hold events (a consumer's whole poll): each template in force is read
   * once for all of them.
   *
   * @return the number created
   */
  public Mono<Long> scheduleAll(List<HoldEmail> holds, Instant now) {
    List<HoldEmail> worded =
        holds.stream()
            .filter(h -> HoldEventType.fromWireName(h.message().eventType()).isPresent())
            .toList();
    return Flux.fromIterable(worded)
        .map(h -> h.message().eventType())
        .distinct()
        .concatMap(type -> templates.current(type).map(template -> Map.entry(type, template)))
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .zipWith(wordings.inForce())
        .flatMap(
            both ->
                enqueueAll(
                    worded.stream()
                        .map(
                            h -> {
                              String type = h.message().eventType();
                              return new OutgoingEmail(
                                  h.message().eventId(),
                                  EmailKind.HOLD,
                                  h.change().accountId(),
                                  type,
                                  Recipients.of(h.change()),
                                  render(
                                      type,
                                      both.getT1().get(type),
                                      HoldEmailModel.of(h.change(), publicUrl),
                                      both.getT2()),
                                  AccountContacts.of(h.change()));
                            })
                        .toList(),
                    now))
        .defaultIfEmpty(0L);
  }

  /** Plans one rendered email, a row per recipient; the number of rows created. */
  public Mono<Long> enqueue(OutgoingEmail email, Instant now) {
    return enqueueAll(List.of(email), now);
  }

  /**
   * Plans rendered emails, a row per recipient, all in one statement (the rows travel as one JSON
   * array, as each carries arrays of its own); the number of rows created.
   */
  public Mono<Long> enqueueAll(List<OutgoingEmail> batch, Instant now) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> threads = new ArrayList<>();
    for (OutgoingEmail email : batch) {
      if (email.accountId() != null) {
        threads.add(thread(email));
      }
      String[] to = formatted(email.recipients().to());
      String[] cc = formatted(email.recipients().cc());
      for (Mailbox recipient : email.recipients().all()) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", UUID.randomUUID().toString());
        row.put("key", email.key());
        row.put("kind", email.kind().wireName());
        row.put("account_id", email.accountId());
        row.put("template", email.template());
        row.put("recipient", Recipients.normalized(recipient.address()));
        row.put("to_addresses", to);
        row.put("cc_addresses", cc);
        row.put("subject", email.content().subject());
        row.put("text_body", email.content().text());
        row.put("html_body", email.content().html());
        rows.add(row);
      }
    }
    if (rows.isEmpty()) {
      return Mono.just(0L);
    }
    return db.sql(
            """
            insert into email
              (id, event_id, kind, account_id, template, recipient, to_addresses, cc_addresses,
               status, attempts, next_attempt_at, subject, text_body, html_body, created_at)
            select r.id, r.key, r.kind, r.account_id, r.template, r.recipient, r.to_addresses,
                   r.cc_addresses, 'pending', 0, :now, r.subject, r.text_body, r.html_body, :now
              from jsonb_to_recordset(cast(:rows as jsonb))
                as r(id uuid, key text, kind text, account_id text, template text,
                     recipient text, to_addresses text[], cc_addresses text[], subject text,
                     text_body text, html_body text)
            on conflict (event_id, recipient) do nothing
            """)
        .bind("rows", ColumnJson.mapper().writeValueAsString(rows))
        .bind("now", now)
        .fetch()
        .rowsUpdated()
        .flatMap(inserted -> keepThreads(threads, now).thenReturn(inserted))
        // the worker sends them once committed: woken here, and by NOTIFY on other replicas
        .flatMap(
            inserted ->
                inserted == 0
                    ? Mono.just(0L)
                    : db.sql(wakeUp.notifySql())
                        .then()
                        .then(wakeUp.afterCommit())
                        .thenReturn(inserted));
  }

  /**
   * Keeps the Message-ID of each email about an account with the account's people (those the email
   * names, else the account's profile), so a reply to it can become a note.
   */
  private Mono<Void> keepThreads(List<Map<String, Object>> threads, Instant now) {
    if (threads.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(
            """
            insert into email_thread
              (message_id, email_key, kind, account_id, account_name, recipients,
               sales_rep_email, sales_rep_name, credit_analyst_email, credit_analyst_name,
               sales_manager_email, sales_manager_name, created_at)
            select r.message_id, r.key, r.kind, r.account_id,
                   case when r.named then r.account_name else p.name end,
                   r.recipients,
                   case when r.named then r.rep_email else p.sales_rep_email end,
                   case when r.named then r.rep_name else p.sales_rep_name end,
                   case when r.named then r.analyst_email else p.credit_analyst_email end,
                   case when r.named then r.analyst_name else p.credit_analyst_name end,
                   case when r.named then r.manager_email else p.sales_manager_email end,
                   case when r.named then r.manager_name else p.sales_manager_name end,
                   :now
              from jsonb_to_recordset(cast(:rows as jsonb))
                as r(message_id text, key text, kind text, account_id text, account_name text,
                     recipients text[], named boolean, rep_email text, rep_name text,
                     analyst_email text, analyst_name text, manager_email text,
                     manager_name text)
              left join account_profile p on p.account_id = r.account_id
            on conflict (message_id) do nothing
            """)
        .bind("rows", ColumnJson.mapper().writeValueAsString(threads))
        .bind("now", now)
        .then();
  }

  private static Map<String, Object> thread(OutgoingEmail email) {
    Map<String, Object> row = new HashMap<>();
    row.put("message_id", MessageIds.forEmail(email.key()));
    row.put("key", email.key());
    row.put("kind", email.kind().wireName());
    row.put("account_id", email.accountId());
    row.put(
        "recipients",
        email.recipients().all().stream()
            .map(m -> Recipients.normalized(m.address()))
            .toArray(String[]::new));
    AccountContacts contacts = email.contacts();
    row.put("named", contacts != null);
    if (contacts != null) {
      row.put("account_name", contacts.accountName());
      person(row, "rep", contacts.salesRep());
      person(row, "analyst", contacts.creditAnalyst());
      person(row, "manager", contacts.salesManager());
    }
    return row;
  }

  private static void person(Map<String, Object> row, String role, Mailbox mailbox) {
    if (mailbox != null) {
      row.put(role + "_email", Recipients.normalized(mailbox.address()));
      row.put(role + "_name", mailbox.name());
    }
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
