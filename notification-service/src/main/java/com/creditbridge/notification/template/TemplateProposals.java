package com.creditbridge.notification.template;

import com.creditbridge.notification.email.content.EmailTemplate;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Table {@code template_proposal}: wordings of a template sales proposed, and their decisions. */
@Component
class TemplateProposals {

  private final DatabaseClient db;

  TemplateProposals(DatabaseClient db) {
    this.db = db;
  }

  /** A proposal and, once decided, the decision. */
  record Proposal(
      UUID id,
      String eventType,
      String subject,
      String text,
      String html,
      String comment,
      PersonView proposedBy,
      Instant proposedAt,
      String status,
      String decidedBy,
      Instant decidedAt,
      String decisionComment,
      Integer acceptedVersion) {

    EmailTemplate template() {
      return new EmailTemplate(subject, text, html);
    }
  }

  /** Who proposed. */
  record PersonView(String name, String email) {}

  Mono<Proposal> create(
      String key, EmailTemplate template, String comment, PersonView by, Instant now) {
    UUID id = UUID.randomUUID();
    var insert =
        db.sql(
                """
                insert into template_proposal
                  (id, template_key, subject, text_body, html_body, comment, proposed_by_name,
                   proposed_by_email, proposed_at)
                values (:id, :key, :subject, :text, :html, :comment, :name, :email, :now)
                """)
            .bind("id", id)
            .bind("key", key)
            .bind("subject", template.subject())
            .bind("text", template.text())
            .bind("html", template.html())
            .bind("now", now);
    insert = nullable(insert, "comment", comment);
    insert = nullable(insert, "name", by.name());
    insert = nullable(insert, "email", by.email());
    return insert.then().then(find(key, id));
  }

  /** Newest first, at most {@code limit}. */
  Flux<Proposal> list(String key, int limit) {
    return db.sql(SELECT + " order by proposed_at desc, id limit :limit")
        .bind("key", key)
        .bind("limit", limit)
        .map(TemplateProposals::proposal)
        .all();
  }

  Mono<Proposal> find(String key, UUID id) {
    return db.sql(SELECT + " and id = :id")
        .bind("key", key)
        .bind("id", id)
        .map(TemplateProposals::proposal)
        .one();
  }

  /** The proposal, locked until the caller's transaction ends, so it is decided once. */
  Mono<Proposal> lock(String key, UUID id) {
    return db.sql(SELECT + " and id = :id for update")
        .bind("key", key)
        .bind("id", id)
        .map(TemplateProposals::proposal)
        .one();
  }

  /** Records the decision of an open proposal; 0 when it was not open any more. */
  Mono<Long> decide(
      UUID id, String status, String by, String comment, Integer version, Instant now) {
    var update =
        db.sql(
                """
                update template_proposal
                   set status = :status, decided_by = :by, decided_at = :now,
                       decision_comment = :comment, accepted_version = :version
                 where id = :id and status = 'open'
                """)
            .bind("id", id)
            .bind("status", status)
            .bind("now", now);
    update = nullable(update, "by", by);
    update = nullable(update, "comment", comment);
    update =
        version == null
            ? update.bindNull("version", Integer.class)
            : update.bind("version", version);
    return update.fetch().rowsUpdated();
  }

  private static final String SELECT =
      "select id, template_key, subject, text_body, html_body, comment, proposed_by_name,"
          + " proposed_by_email, proposed_at, status, decided_by, decided_at, decision_comment,"
          + " accepted_version from template_proposal where template_key = :key";

  private static Proposal proposal(Readable row) {
    return new Proposal(
        row.get("id", UUID.class),
        row.get("template_key", String.class),
        row.get("subject", String.class),
        row.get("text_body", String.class),
        row.get("html_body", String.class),
        row.get("comment", String.class),
        new PersonView(
            row.get("proposed_by_name", String.class), row.get("proposed_by_email", String.class)),
        row.get("proposed_at", Instant.class),
        row.get("status", String.class),
        row.get("decided_by", String.class),
        row.get("decided_at", Instant.class),
        row.get("decision_comment", String.class),
        row.get("accepted_version", Integer.class));
  }

  private static DatabaseClient.GenericExecuteSpec nullable(
      DatabaseClient.GenericExecuteSpec spec, String name, String value) {
    return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
  }
}
