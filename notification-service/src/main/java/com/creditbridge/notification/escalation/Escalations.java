package com.creditbridge.notification.escalation;

import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.StoredHoldEvents;
import com.creditbridge.notification.email.EmailKind;
import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.OutgoingEmail;
import com.creditbridge.notification.email.content.EscalationEmailModel;
import com.creditbridge.notification.email.content.HoldEmailModel;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.ManagerEmailModel;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.email.content.WorkspaceLinks;
import com.creditbridge.notification.escalation.signing.AcknowledgementToken;
import com.creditbridge.notification.message.NotificationMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Large holds that need the sales rep's acknowledgement: opened with the hold event, acknowledged
 * through the signed link, or escalated to the sales manager when the deadline passes.
 */
@Service
public class Escalations {

  private static final Logger log = LoggerFactory.getLogger(Escalations.class);
  private static final DateTimeFormatter DEADLINE =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final DatabaseClient db;
  private final Emails emails;
  private final AcknowledgementToken tokens;
  private final String publicUrl;

  Escalations(
      DatabaseClient db, Emails emails, EscalationProperties properties, PublicUrlProperties site) {
    this.db = db;
    this.emails = emails;
    this.tokens = new AcknowledgementToken(properties.signingKey());
    this.publicUrl = site.publicUrl().replaceAll("/+$", "");
  }

  AcknowledgementToken tokens() {
    return tokens;
  }

  /**
   * Opens the escalation of a hold that asks for one and plans its email (instead of the plain hold
   * email): to the sales rep, cc the analyst, with the link. Joins the caller's transaction. The
   * deadline counts from now, when the email goes out.
   */
  public Mono<Long> open(NotificationMessage message, HoldChange data, Instant now) {
    UUID id = UUID.randomUUID();
    Instant deadline = now.plus(Duration.ofHours(Math.max(data.acknowledgement().hours(), 0)));
    Recipients recipients = Recipients.of(data);
    String requestedFrom = recipients.to().isEmpty() ? null : recipients.to().get(0).address();
    var insert =
        db.sql(
                """
                insert into escalation
                  (id, event_id, account_id, status, requested_from, deadline, created_at)
                values (:id, :eventId, :accountId, 'open', :requestedFrom, :deadline, :now)
                on conflict (event_id) do nothing
                """)
            .bind("id", id)
            .bind("eventId", message.eventId())
            .bind("accountId", data.accountId())
            .bind("deadline", deadline)
            .bind("now", now);
    insert =
        requestedFrom == null
            ? insert.bindNull("requestedFrom", String.class)
            : insert.bind("requestedFrom", requestedFrom);
    var model =
        new EscalationEmailModel(
            HoldEmailModel.of(data, publicUrl),
            WorkspaceLinks.acknowledgement(publicUrl, tokens.sign(id, deadline)),
            DEADLINE.format(deadline),
            data.acknowledgement().threshold() == null
                ? null
                : HoldEmailModel.money(data.acknowledgement().threshold(), data.currency()));
    return insert
        .fetch()
        .rowsUpdated()
        .filter(inserted -> inserted == 1)
        .flatMap(inserted -> emails.render(TemplateKind.ESCALATION, model))
        .flatMap(
            content ->
                emails.enqueue(
                    new OutgoingEmail(
                        message.eventId(),
                        EmailKind.ESCALATION,
                        data.accountId(),
                        TemplateKind.ESCALATION,
                        recipients,
                        content),
                    now))
        .defaultIfEmpty(0L);
  }

  /** What acknowledging found. */
  sealed interface Outcome {}

  record Acknowledged(EscalationView escalation, boolean before) implements Outcome {}

  record TooLate(EscalationView escalation) implements Outcome {}

  record Unknown() implements Outcome {}

  /**
   * Records the acknowledgement if the escalation is still open; acknowledging twice is harmless.
   * Runs in a transaction of its own (the caller's), racing safely with the deadline check: both
   * update the row only while it is open.
   */
  Mono<Outcome> acknowledge(UUID id, String by, Instant now) {
    return db.sql(
            """
            update escalation
               set status = 'acknowledged', acknowledged_at = :now,
                   acknowledged_by = coalesce(nullif(:by, ''), requested_from, 'the acknowledgement link')
             where id = :id and status = 'open'
            """)
        .bind("now", now)
        .bind("id", id)
        .bind("by", by == null ? "" : by)
        .fetch()
        .rowsUpdated()
        .flatMap(
            updated ->
                find(id)
                    .<Outcome>map(
                        view ->
                            switch (view.status()) {
                              case "acknowledged" -> new Acknowledged(view, updated == 0);
                              default -> new TooLate(view);
                            })
                    .defaultIfEmpty(new Unknown()));
  }

  Mono<EscalationView> find(UUID id) {
    return db.sql(
            """
            select x.id, x.account_id, x.status, x.deadline, x.acknowledged_at, x.acknowledged_by,
                   m.body
              from escalation x join notification_message m on m.event_id = x.event_id
             where x.id = :id
            """)
        .bind("id", id)
        .map(
            row -> {
              HoldChange data = StoredHoldEvents.change(row.get("body", String.class));
              return new EscalationView(
                  row.get("id", UUID.class),
                  row.get("account_id", String.class),
                  data.displayName(),
                  row.get("status", String.class),
                  row.get("deadline", Instant.class),
                  row.get("acknowledged_at", Instant.class),
                  row.get("acknowledged_by", String.class));
            })
        .one();
  }

  /**
   * Escalates the open escalations whose deadline has passed: marks them and plans the email to the
   * sales manager, in the caller's transaction. Rows are locked SKIP LOCKED, so replicas share the
   * work and each is escalated once.
   */
  Mono<Integer> escalateDue(Instant now, int batchSize) {
    return db.sql(
            """
            with due as (
              select id from escalation
               where status = 'open' and deadline <= :now
               order by deadline
               limit :batchSize
                 for update skip locked)
            update escalation x set status = 'escalated', escalated_at = :now
              from due, notification_message m
             where x.id = due.id and m.event_id = x.event_id
            returning x.id, x.deadline, m.body
            """)
        .bind("now", now)
        .bind("batchSize", batchSize)
        .map(
            row ->
                new Due(
                    row.get("id", UUID.class),
                    row.get("deadline", Instant.class),
                    StoredHoldEvents.change(row.get("body", String.class))))
        .all()
        .collectList()
        .flatMap(
            due ->
                Flux.fromIterable(due)
                    .concatMap(d -> tellManager(d, now))
                    .then(Mono.just(due.size())));
  }

  private record Due(UUID id, Instant deadline, HoldChange data) {}

  /** To the sales manager cc the analyst; without a manager, to the analyst. */
  private Mono<Long> tellManager(Due due, Instant now) {
    Mailbox manager = Recipients.mailbox(due.data().salesManager());
    Mailbox analyst = Recipients.mailbox(due.data().creditAnalyst());
    Recipients recipients;
    if (manager != null) {
      boolean ccAnalyst =
          analyst != null
              && !Recipients.normalized(analyst.address())
                  .equals(Recipients.normalized(manager.address()));
      recipients = new Recipients(List.of(manager), ccAnalyst ? List.of(analyst) : List.of());
    } else if (analyst != null) {
      recipients = new Recipients(List.of(analyst), List.of());
    } else {
      log.warn(
          "Escalation {} of account {} is overdue but there is no sales manager or analyst to tell",
          due.id(),
          due.data().accountId());
      return Mono.just(0L);
    }
    Mailbox addressee = recipients.to().get(0);
    var model =
        new ManagerEmailModel(
            HoldEmailModel.of(due.data(), publicUrl),
            addressee.name() == null || addressee.name().isBlank()
                ? addressee.address()
                : addressee.name(),
            DEADLINE.format(due.deadline()));
    return emails
        .render(TemplateKind.MANAGER, model)
        .flatMap(
            content ->
                emails.enqueue(
                    new OutgoingEmail(
                        "escalation-manager:" + due.id(),
                        EmailKind.MANAGER,
                        due.data().accountId(),
                        TemplateKind.MANAGER,
                        recipients,
                        content),
                    now));
  }
}
