package com.creditbridge.notification.template;

import com.creditbridge.notification.email.content.DefaultEmailTemplates;
import com.creditbridge.notification.email.content.EmailTemplate;
import com.creditbridge.notification.email.content.TemplateKind;
import java.time.Instant;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
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

  Mono<Void> store(String key, EmailTemplate template, Instant now) {
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
