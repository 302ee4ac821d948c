package com.creditbridge.gateway.signin;

import com.creditbridge.gateway.people.decision.EmailAddress;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The web_session table: one row per signed-in browser, found by the digest of its cookie. */
@Repository
class WebSessions {

  record Stored(EmailAddress email, String csrfToken, Instant createdAt, Instant lastSeenAt) {}

  private final DatabaseClient db;

  WebSessions(DatabaseClient db) {
    this.db = db;
  }

  Mono<Void> create(byte[] digest, EmailAddress email, String csrfToken, Instant now) {
    return db.sql(
            "insert into web_session (id_digest, email, csrf_token, created_at, last_seen_at)"
                + " values (:d, :e, :c, :now, :now)")
        .bind("d", digest)
        .bind("e", email.value())
        .bind("c", csrfToken)
        .bind("now", utc(now))
        .then();
  }

  Mono<Stored> find(byte[] digest) {
    return db.sql(
            "select email, csrf_token, created_at, last_seen_at from web_session"
                + " where id_digest = :d and ended_at is null")
        .bind("d", digest)
        .map(
            row ->
                new Stored(
                    new EmailAddress(row.get("email", String.class)),
                    row.get("csrf_token", String.class),
                    row.get("created_at", OffsetDateTime.class).toInstant(),
                    row.get("last_seen_at", OffsetDateTime.class).toInstant()))
        .one();
  }

  Mono<Void> recordUse(byte[] digest, Instant now) {
    return db.sql("update web_session set last_seen_at = :now where id_digest = :d")
        .bind("d", digest)
        .bind("now", utc(now))
        .then();
  }

  Mono<Void> end(byte[] digest, Instant now) {
    return db.sql(
            "update web_session set ended_at = :now where id_digest = :d and ended_at is null")
        .bind("d", digest)
        .bind("now", utc(now))
        .then();
  }

  /** Sessions signed out, or past their maximum age, can never be used again. */
  Mono<Void> forgetEndedOrOlderThan(Instant cutoff) {
    return db.sql("delete from web_session where ended_at is not null or created_at < :cutoff")
        .bind("cutoff", utc(cutoff))
        .then();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
