package com.creditbridge.notification.email;

import com.creditbridge.notification.email.content.RenderedEmail;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code email} table seen as a work queue that several replicas share safely. */
@Repository
class EmailQueue {

  private final DatabaseClient db;
  private final TransactionalOperator transactions;

  EmailQueue(DatabaseClient db, TransactionalOperator transactions) {
    this.db = db;
    this.transactions = transactions;
  }

  /** Leases up to {@code batchSize} due emails (SKIP LOCKED: replicas never take the same one). */
  Flux<ClaimedEmail> claim(Instant now, Duration lease, int batchSize) {
    UUID leaseId = UUID.randomUUID();
    return db.sql(
            """
            with due as (
              select id from email
               where status = 'pending' and next_attempt_at <= :now
               order by next_attempt_at
               limit :batchSize
                 for update skip locked),
            claimed as (
              update email e
                 set lease_id = :leaseId, next_attempt_at = :leaseEnd, attempts = e.attempts + 1
                from due
               where e.id = due.id
              returning e.id, e.event_id, e.template, e.recipient, e.to_addresses,
                        e.cc_addresses, e.attempts, e.kind, e.subject, e.text_body, e.html_body,
                        e.account_id)
            select c.*, m.body
              from claimed c left join notification_message m on m.event_id = c.event_id
            """)
        .bind("now", now)
        .bind("batchSize", batchSize)
        .bind("leaseId", leaseId)
        .bind("leaseEnd", now.plus(lease))
        .map(
            row ->
                new ClaimedEmail(
                    row.get("id", UUID.class),
                    row.get("event_id", String.class),
                    row.get("template", String.class),
                    row.get("recipient", String.class),
                    Arrays.asList(row.get("to_addresses", String[].class)),
                    Arrays.asList(row.get("cc_addresses", String[].class)),
                    row.get("body", String.class),
                    row.get("attempts", Integer.class),
                    leaseId,
                    row.get("kind", String.class),
                    row.get("text_body", String.class) == null
                        ? null
                        : new RenderedEmail(
                            row.get("subject", String.class),
                            row.get("text_body", String.class),
                            row.get("html_body", String.class)),
                    row.get("account_id", String.class)))
        .all()
        .collectList()
        .as(transactions::transactional)
        // handed out only once committed: a claim that rolled back must not be sent
        .flatMapIterable(claimed -> claimed);
  }

  Mono<Void> sent(ClaimedEmail email, String subject, Instant now) {
    return db.sql(
            """
            update email
               set status = 'sent', subject = :subject, sent_at = :now, next_attempt_at = null,
                   lease_id = null, last_error = null
             where id = :id and lease_id = :leaseId
            """)
        .bind("subject", subject)
        .bind("now", now)
        .bind("id", email.id())
        .bind("leaseId", email.leaseId())
        .then();
  }

  Mono<Void> retryAt(ClaimedEmail email, String error, Instant nextAttemptAt) {
    return db.sql(
            """
            update email set next_attempt_at = :next, lease_id = null, last_error = :error
             where id = :id and lease_id = :leaseId
            """)
        .bind("next", nextAttemptAt)
        .bind("error", error)
        .bind("id", email.id())
        .bind("leaseId", email.leaseId())
        .then();
  }

  Mono<Void> failed(ClaimedEmail email, String error) {
    return db.sql(
            """
            update email
               set status = 'failed', next_attempt_at = null, lease_id = null, last_error = :error
             where id = :id and lease_id = :leaseId
            """)
        .bind("error", error)
        .bind("id", email.id())
        .bind("leaseId", email.leaseId())
        .then();
  }

  /**
   * The server refused the recipient for good: the email fails without further tries, and the
   * address is kept (once, the latest answer) as a data gap.
   */
  Mono<Void> refused(ClaimedEmail email, String reason, Instant at) {
    return db.sql(
            """
            with failed as (
              update email
                 set status = 'failed', next_attempt_at = null, lease_id = null,
                     last_error = :error
               where id = :id and lease_id = :leaseId
              returning id)
            insert into refused_address (email, reason, refused_at)
            select lower(:recipient), :error, :at from failed
            on conflict (email) do update set reason = excluded.reason,
                                              refused_at = excluded.refused_at
            """)
        .bind("error", reason)
        .bind("id", email.id())
        .bind("leaseId", email.leaseId())
        .bind("recipient", email.recipient())
        .bind("at", at)
        .then();
  }
}
