package com.creditbridge.notification.template;

import com.creditbridge.notification.email.content.DefaultEmailTemplates;
import com.creditbridge.notification.email.content.EmailTemplate;
import com.creditbridge.notification.email.content.TemplateKind;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The template in force for each kind of email: the one edited through the API (table {@code
 * email_template}) or else the default shipped with the service. Read for every email planned, so
 * an edit takes effect for the next email.
 */
@Component
public class Templates {

  private final DatabaseClient db;
  private final DefaultEmailTemplates defaults = new DefaultEmailTemplates();

  Templates(DatabaseClient db) {
    this.db = db;
  }

  /** The template in force; joins the caller's transaction. */
  public Mono<EmailTemplate> current(String key) {
    return stored(key)
        .map(StoredTemplate::template)
        .switchIfEmpty(Mono.fromSupplier(() -> defaults(key)));
  }

  /** The shipped default; an unknown key is a programming error. */
  public EmailTemplate defaults(String key) {
    return defaults
        .forType(key)
        .orElseThrow(() -> new IllegalArgumentException("no email template " + key));
  }

  Optional<TemplateKind> kind(String key) {
    return TemplateKind.find(key);
  }

  /** An edited template as stored. */
  record StoredTemplate(EmailTemplate template, Instant updatedAt) {}

  Mono<StoredTemplate> stored(String key) {
    return db.sql(
            "select subject, text_body, html_body, updated_at from email_template"
                + " where template_key = :key")
        .bind("key", key)
        .map(
            row ->
                new StoredTemplate(
                    new EmailTemplate(
                        row.get("subject", String.class),
                        row.get("text_body", String.class),
                        row.get("html_body", String.class)),
                    row.get("updated_at", Instant.class)))
        .one();
  }

  /** How an accepted version came about. */
  record Origin(String kind, Integer restoredFrom, UUID proposalId) {
    static final Origin EDIT = new Origin("edit", null, null);

    static Origin restore(int version) {
      return new Origin("restore", version, null);
    }

    static Origin proposal(UUID id) {
      return new Origin("proposal", null, id);
    }
  }

  /** One accepted version of a template. */
  record TemplateVersion(
      String key,
      int version,
      EmailTemplate template,
      String changedBy,
      Instant changedAt,
      String origin,
      Integer restoredFrom,
      UUID proposalId) {}

  /**
   * Puts the template in force and keeps it as the next version; joins the caller's transaction.
   * Two writers at once: the second meets the first's (key, version) and fails, nothing is lost.
   */
  Mono<Integer> store(String key, EmailTemplate template, String by, Origin origin, Instant now) {
    var version =
        db.sql(
                """
                insert into email_template_version
                  (template_key, version, subject, text_body, html_body, changed_by, changed_at,
                   origin, restored_from, proposal_id)
                select :key, coalesce(max(version), 0) + 1, :subject, :text, :html, :by, :now,
                       :origin, :restoredFrom, :proposalId
                  from email_template_version where template_key = :key
                returning version
                """)
            .bind("key", key)
            .bind("subject", template.subject())
            .bind("text", template.text())
            .bind("html", template.html())
            .bind("now", now)
            .bind("origin", origin.kind());
    version = by == null ? version.bindNull("by", String.class) : version.bind("by", by);
    version =
        origin.restoredFrom() == null
            ? version.bindNull("restoredFrom", Integer.class)
            : version.bind("restoredFrom", origin.restoredFrom());
    version =
        origin.proposalId() == null
            ? version.bindNull("proposalId", UUID.class)
            : version.bind("proposalId", origin.proposalId());
    return store(key, template, now)
        .then(version.map(row -> row.get("version", Integer.class)).one());
  }

  /** The versions, newest first, at most {@code limit}. */
  Flux<TemplateVersion> versions(String key, int limit) {
    return db.sql(VERSIONS + " order by version desc limit :limit")
        .bind("key", key)
        .bind("limit", limit)
        .map(Templates::version)
        .all();
  }

  Mono<TemplateVersion> version(String key, int version) {
    return db.sql(VERSIONS + " and version = :version")
        .bind("key", key)
        .bind("version", version)
        .map(Templates::version)
        .one();
  }

  private static final String VERSIONS =
      "select template_key, version, subject, text_body, html_body, changed_by, changed_at,"
          + " origin, restored_from, proposal_id from email_template_version"
          + " where template_key = :key";

  private static TemplateVersion version(Readable row) {
    return new TemplateVersion(
        row.get("template_key", String.class),
        row.get("version", Integer.class),
        new EmailTemplate(
            row.get("subject", String.class),
            row.get("text_body", String.class),
            row.get("html_body", String.class)),
        row.get("changed_by", String.class),
        row.get("changed_at", Instant.class),
        row.get("origin", String.class),
        row.get("restored_from", Integer.class),
        row.get("proposal_id", UUID.class));
  }

  private Mono<Void> store(String key, EmailTemplate template, Instant now) {
    return db.sql(
            """
            insert into email_template (template_key, subject, text_body, html_body, updated_at)
            values (:key, :subject, :text, :html, :now)
            on conflict (template_key) do update
               set subject = excluded.subject, text_body = excluded.text_body,
                   html_body = excluded.html_body, updated_at = excluded.updated_at
            """)
        .bind("key", key)
        .bind("subject", template.subject())
        .bind("text", template.text())
        .bind("html", template.html())
        .bind("now", now)
        .then();
  }

  Mono<Void> reset(String key) {
    return db.sql("delete from email_template where template_key = :key").bind("key", key).then();
  }
}
