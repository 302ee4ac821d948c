package com.creditbridge.gateway.signin;

import com.creditbridge.gateway.people.decision.EmailAddress;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The sign_in_link table: digests of emailed links, each usable once before it expires. */
@Repository
class SignInLinks {

  /** A link just used: who it signs in and where they were going. */
  record Used(EmailAddress email, String returnTo) {}

  private final DatabaseClient db;

  SignInLinks(DatabaseClient db) {
    this.db = db;
  }

  Mono<Long> issuedSince(EmailAddress email, Instant since) {
    return db.sql("select count(*) as n from sign_in_link where email = :e and created_at > :since")
        .bind("e", email.value())
        .bind("since", utc(since))
        .map(row -> row.get("n", Long.class))
        .one();
  }

  Mono<Void> insert(
      byte[] digest, EmailAddress email, String returnTo, Instant now, Instant expiresAt) {
    return db.sql(
            "insert into sign_in_link (token_digest, email, return_to, created_at, expires_at)"
                + " values (:d, :e, :r, :now, :exp)")
        .bind("d", digest)
        .bind("e", email.value())
        .bind("r", returnTo)
        .bind("now", utc(now))
        .bind("exp", utc(expiresAt))
        .then();
  }

  /** Whether the link could still be used now (for the page that shows the "Sign in" button). */
  Mono<Boolean> usable(byte[] digest, Instant now) {
    return db.sql(
            "select exists (select 1 from sign_in_link where token_digest = :d and used_at is null"
                + " and expires_at > :now) as usable")
        .bind("d", digest)
        .bind("now", utc(now))
        .map(row -> Boolean.TRUE.equals(row.get("usable", Boolean.class)))
        .one();
  }

  /**
   * Marks the link used and returns it, in one statement: of two replicas (or two clicks) racing
   * for the same link, exactly one gets it. Empty when unknown, used or expired.
   */
  Mono<Used> use(byte[] digest, Instant now) {
    return db.sql(
            "update sign_in_link set used_at = :now where token_digest = :d and used_at is null"
                + " and expires_at > :now returning email, return_to")
        .bind("d", digest)
        .bind("now", utc(now))
        .map(
            row ->
                new Used(
                    new EmailAddress(row.get("email", String.class)),
                    row.get("return_to", String.class)))
        .one();
  }

  Mono<Long> deleteExpiredBefore(Instant cutoff) {
    return db.sql("delete from sign_in_link where expires_at < :cutoff")
        .bind("cutoff", utc(cutoff))
        .fetch()
        .rowsUpdated();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
