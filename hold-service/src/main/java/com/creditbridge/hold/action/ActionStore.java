package com.creditbridge.hold.action;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The action tables: promise, manual_hold, credit_override, note. */
@Repository
class ActionStore {

  private final DatabaseClient db;

  ActionStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Locks the account for the rest of the transaction (the lock evaluations take first) and returns
   * what an action needs of its snapshot; empty for an unknown account.
   */
  Mono<LockedAccount> lockAccount(String accountId) {
    return db.sql(
            """
            select currency, received_total
            from account_snapshot where account_id = :id for update
            """)
        .bind("id", accountId)
        .map(
            row ->
                new LockedAccount(
                    row.get("currency", String.class), row.get("received_total", BigDecimal.class)))
        .one();
  }

  /** Marks the current promise REPLACED; true when there was one. */
  Mono<Boolean> replacePromise(String accountId, Instant at) {
    return db.sql(
            "update promise set state = 'REPLACED', closed_at = :at"
                + " where account_id = :id and state in ('OPEN', 'BROKEN')")
        .bind("at", at)
        .bind("id", accountId)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0);
  }

  Mono<Void> insertPromise(
      String promiseId,
      String accountId,
      BigDecimal amount,
      LocalDate promisedOn,
      String recordedBy,
      String note,
      BigDecimal baseline,
      Instant at) {
    return db.sql(
            """
            insert into promise (promise_id, account_id, amount, promised_on, recorded_by, note,
                                 received_baseline, recorded_at, state)
            values (:id, :accountId, :amount, :promisedOn, :recordedBy, :note, :baseline, :at,
                    'OPEN')
            """)
        .bind("id", promiseId)
        .bind("accountId", accountId)
        .bind("amount", amount)
        .bind("promisedOn", promisedOn)
        .bind("recordedBy", recordedBy)
        .bind("note", Parameter.fromOrEmpty(note, String.class))
        .bind("baseline", baseline)
        .bind("at", at)
        .then();
  }

  /** Places a manual hold; false when one is active already. */
  Mono<Boolean> placeHold(
      String holdId, String accountId, String reason, String placedBy, Instant at) {
    return db.sql(
            """
            insert into manual_hold (hold_id, account_id, reason, placed_by, placed_at)
            values (:id, :accountId, :reason, :placedBy, :at)
            on conflict (account_id) where ended_at is null do nothing
            """)
        .bind("id", holdId)
        .bind("accountId", accountId)
        .bind("reason", reason)
        .bind("placedBy", placedBy)
        .bind("at", at)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows == 1);
  }

  /** Ends the active manual hold; false when there is none. */
  Mono<Boolean> endHold(String accountId, String endedBy, Instant at) {
    return db.sql(
            "update manual_hold set ended_at = :at, ended_by = :by"
                + " where account_id = :id and ended_at is null")
        .bind("at", at)
        .bind("by", Parameter.fromOrEmpty(endedBy, String.class))
        .bind("id", accountId)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0);
  }

  /**
   * Ends the override not yet ended; with {@code inForceOn}, only if it still applies on that day.
   * False when there was none.
   */
  Mono<Boolean> endOverride(String accountId, String endedBy, Instant at, LocalDate inForceOn) {
    String sql =
        "update credit_override set ended_at = :at, ended_by = :by"
            + " where account_id = :id and ended_at is null"
            + (inForceOn == null ? "" : " and until >= :day");
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(sql)
            .bind("at", at)
            .bind("by", Parameter.fromOrEmpty(endedBy, String.class))
            .bind("id", accountId);
    if (inForceOn != null) {
      spec = spec.bind("day", inForceOn);
    }
    return spec.fetch().rowsUpdated().map(rows -> rows > 0);
  }

  Mono<Void> insertOverride(
      String overrideId,
      String accountId,
      String reason,
      String approvedBy,
      LocalDate until,
      Instant at) {
    return db.sql(
            """
            insert into credit_override (override_id, account_id, reason, approved_by, until,
                                         created_at)
            values (:id, :accountId, :reason, :approvedBy, :until, :at)
            """)
        .bind("id", overrideId)
        .bind("accountId", accountId)
        .bind("reason", reason)
        .bind("approvedBy", approvedBy)
        .bind("until", until)
        .bind("at", at)
        .then();
  }

  Mono<Void> insertNote(String noteId, String accountId, String author, String text, Instant at) {
    return db.sql(
            "insert into note (note_id, account_id, author, text, created_at)"
                + " values (:id, :accountId, :author, :text, :at)")
        .bind("id", noteId)
        .bind("accountId", accountId)
        .bind("author", author)
        .bind("text", text)
        .bind("at", at)
        .then();
  }

  /** A note written before, by its id. */
  Mono<ActionFacts.WrittenNote> findNote(String noteId) {
    return db.sql(
            "select note_id, account_id, author, text, created_at from note where note_id = :id")
        .bind("id", noteId)
        .map(
            row ->
                new ActionFacts.WrittenNote(
                    row.get("note_id", String.class),
                    row.get("account_id", String.class),
                    row.get("author", String.class),
                    row.get("text", String.class),
                    row.get("created_at", Instant.class)))
        .one();
  }

  /** The account's currency and payments received so far, from its newest snapshot. */
  record LockedAccount(String currency, BigDecimal receivedTotal) {}
}
