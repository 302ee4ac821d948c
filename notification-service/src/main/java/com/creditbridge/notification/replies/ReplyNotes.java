package com.creditbridge.notification.replies;

import com.creditbridge.notification.ColumnJson;
import com.creditbridge.notification.replies.rules.DropReason;
import com.creditbridge.notification.replies.rules.MailPerson;
import com.creditbridge.notification.replies.rules.ReplierRole;
import com.creditbridge.notification.retry.FailureText;
import com.creditbridge.platform.access.PersonHeaders;
import com.creditbridge.platform.web.InternalCredential;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufMono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;

/**
 * Turns pending replies into notes: {@code POST /api/v1/accounts/{id}/notes} on the hold-service,
 * which owns the timeline, with the internal credential and the replier as the signed-in person (so
 * the note's author is them). The {@code Idempotency-Key} is derived from the reply's Message-ID,
 * so a request repeated after a lost answer or a lease that ran out makes no second note. A failure
 * is retried until the hold-service takes the note; a refusal (the account is gone, the person may
 * not see it) drops the reply.
 */
@Component
class ReplyNotes {

  private static final Logger log = LoggerFactory.getLogger(ReplyNotes.class);

  /** Longer than a note request can take with the configured timeout. */
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final DatabaseClient db;
  private final TransactionalOperator transactions;
  private final ReplyProperties properties;
  private final ReplyForwards forwards;
  private final ReplyMetrics metrics;
  private final Clock clock;
  private final HttpClient http;

  ReplyNotes(
      DatabaseClient db,
      TransactionalOperator transactions,
      ReplyProperties properties,
      ReplyForwards forwards,
      ReplyMetrics metrics,
      Clock clock,
      @Value("${" + InternalCredential.PROPERTY + ":}") String internalCredential) {
    this.db = db;
    this.transactions = transactions;
    this.properties = properties;
    this.forwards = forwards;
    this.metrics = metrics;
    this.clock = clock;
    HttpClient client = HttpClient.create().responseTimeout(properties.timeout());
    this.http =
        internalCredential == null || internalCredential.isBlank()
            ? client
            : client.headers(h -> h.set(InternalCredential.HEADER, internalCredential));
  }

  /** A reply this replica leased to make its note. */
  record PendingReply(
      String messageId,
      String threadId,
      String accountId,
      MailPerson author,
      ReplierRole role,
      String text,
      int attempt,
      UUID leaseId) {}

  /** Makes the notes of the pending replies that are due; the number tried. */
  Mono<Long> pass() {
    return claim().concatMap(this::post).count();
  }

  private Flux<PendingReply> claim() {
    Instant now = clock.instant();
    UUID leaseId = UUID.randomUUID();
    return db.sql(
            """
            with due as (
              select message_id from reply
               where status = 'pending' and next_attempt_at <= :now
               order by next_attempt_at
               limit :batchSize
                 for update skip locked)
            update reply r
               set lease_id = :leaseId, next_attempt_at = :leaseEnd, attempts = r.attempts + 1
              from due
             where r.message_id = due.message_id
            returning r.message_id, r.thread_id, r.account_id, r.author_email, r.author_name,
                      r.author_role, r.text, r.attempts
            """)
        .bind("now", now)
        .bind("batchSize", properties.batchSize())
        .bind("leaseId", leaseId)
        .bind("leaseEnd", now.plus(LEASE))
        .map(
            row ->
                new PendingReply(
                    row.get("message_id", String.class),
                    row.get("thread_id", String.class),
                    row.get("account_id", String.class),
                    new MailPerson(
                        row.get("author_email", String.class),
                        row.get("author_name", String.class)),
                    ReplierRole.fromWireName(row.get("author_role", String.class)),
                    row.get("text", String.class),
                    row.get("attempts", Integer.class),
                    leaseId))
        .all()
        .collectList()
        .as(transactions::transactional)
        .flatMapIterable(claimed -> claimed);
  }

  private Mono<Void> post(PendingReply reply) {
    String body =
        ColumnJson.mapper()
            .writeValueAsString(Map.of("author", reply.author().who(), "text", reply.text()));
    return http.headers(
            h -> {
              h.set(HttpHeaderNames.CONTENT_TYPE, "application/json");
              h.set(HttpHeaderNames.ACCEPT, "application/json");
              h.set("Idempotency-Key", idempotencyKey(reply.messageId()));
              h.set(PersonHeaders.EMAIL, reply.author().email());
              if (reply.author().name() != null) {
                h.set(PersonHeaders.NAME, PersonHeaders.encodeName(reply.author().name()));
              }
            })
        .post()
        .uri(notesUri(reply.accountId()))
        .send(ByteBufMono.fromString(Mono.just(body)))
        .responseSingle(
            (response, content) ->
                content
                    .asString(StandardCharsets.UTF_8)
                    .defaultIfEmpty("")
                    .map(text -> new Answer(response.status().code(), text)))
        .timeout(properties.timeout().plusSeconds(1))
        .flatMap(answer -> outcome(reply, answer))
        .onErrorResume(error -> retryLater(reply, FailureText.of(error)))
        .onErrorResume(
            e -> {
              // the lease runs out and the note is tried again: nothing is lost
              log.warn("Could not record the outcome of reply {}", reply.messageId(), e);
              return Mono.empty();
            });
  }

  private record Answer(int status, String body) {}

  private Mono<Void> outcome(PendingReply reply, Answer answer) {
    if (answer.status() >= 200 && answer.status() < 300) {
      return recorded(reply, noteId(answer.body()));
    }
    boolean forGood =
        answer.status() == 400
            || answer.status() == 403
            || answer.status() == 404
            || answer.status() == 409
            || answer.status() == 422;
    if (forGood) {
      return dropped(reply, "the hold-service answered " + answer.status());
    }
    return retryLater(reply, "the hold-service answered " + answer.status());
  }

  /** The note is on the timeline: the reply is recorded and forwarded, in one transaction. */
  private Mono<Void> recorded(PendingReply reply, String noteId) {
    Instant now = clock.instant();
    return db.sql(
            """
            update reply
               set status = 'recorded', note_id = :noteId, recorded_at = :now, lease_id = null,
                   next_attempt_at = null, last_error = null
             where message_id = :messageId and lease_id = :leaseId
            """)
        .bind("noteId", noteId == null ? "" : noteId)
        .bind("now", now)
        .bind("messageId", reply.messageId())
        .bind("leaseId", reply.leaseId())
        .fetch()
        .rowsUpdated()
        .flatMap(updated -> updated == 0 ? Mono.just(false) : forwards.forward(reply, now))
        .as(transactions::transactional)
        .doOnNext(
            recordedNow -> {
              if (recordedNow) {
                metrics.recorded();
                log.info(
                    "Reply {} is note {} on account {}",
                    reply.messageId(),
                    noteId,
                    reply.accountId());
              }
            })
        .then();
  }

  private Mono<Void> dropped(PendingReply reply, String why) {
    return db.sql(
            """
            update reply
               set status = 'dropped', reason = :reason, last_error = :why, lease_id = null,
                   next_attempt_at = null
             where message_id = :messageId and lease_id = :leaseId
            """)
        .bind("reason", DropReason.NOTE_REFUSED.wireName())
        .bind("why", why)
        .bind("messageId", reply.messageId())
        .bind("leaseId", reply.leaseId())
        .fetch()
        .rowsUpdated()
        .doOnNext(
            updated -> {
              if (updated > 0) {
                metrics.dropped(DropReason.NOTE_REFUSED);
                log.warn("Reply {} dropped: {}", reply.messageId(), why);
              }
            })
        .then();
  }

  private Mono<Void> retryLater(PendingReply reply, String why) {
    Duration delay = properties.retryDelay(reply.attempt());
    log.warn(
        "The note of reply {} failed (attempt {}), retrying in {}: {}",
        reply.messageId(),
        reply.attempt(),
        delay,
        why);
    return db.sql(
            """
            update reply set next_attempt_at = :next, lease_id = null, last_error = :why
             where message_id = :messageId and lease_id = :leaseId
            """)
        .bind("next", clock.instant().plus(delay))
        .bind("why", why)
        .bind("messageId", reply.messageId())
        .bind("leaseId", reply.leaseId())
        .then();
  }

  private String notesUri(String accountId) {
    String base = properties.notesUrl().toString().replaceAll("/+$", "");
    return base
        + "/api/v1/accounts/"
        + URLEncoder.encode(accountId, StandardCharsets.UTF_8).replace("+", "%20")
        + "/notes";
  }

  /** Bounded and plain whatever the Message-ID looks like; the same for the same reply. */
  static String idempotencyKey(String messageId) {
    return "reply-" + UUID.nameUUIDFromBytes(messageId.getBytes(StandardCharsets.UTF_8));
  }

  private static String noteId(String body) {
    try {
      JsonNode note = ColumnJson.mapper().readTree(body);
      JsonNode id = note == null ? null : note.get("noteId");
      return id == null || id.isNull() ? null : id.asString();
    } catch (RuntimeException e) {
      return null; // the note exists; only its id is unknown here
    }
  }
}
