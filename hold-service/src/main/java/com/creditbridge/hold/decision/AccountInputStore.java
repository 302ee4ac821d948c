package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CreditStatus;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * Loads what evaluations need in one query per batch of accounts. Every loader that is used before
 * a write locks the accounts' {@code account_snapshot} rows, the one lock every writer takes first,
 * so one account is never evaluated twice at once.
 */
@Repository
class AccountInputStore {

  /** The columns {@link #inputs} reads besides the snapshot's. */
  static final String INPUT_COLUMNS =
      """
      , c.status, c.since, c.view_fingerprint, c.policy_version,
             p.promise_id, p.amount as promise_amount, p.promised_on,
             p.recorded_by as promise_recorded_by, p.received_baseline, p.state as promise_state,
             h.placed_by, h.reason as hold_reason,
             o.approved_by, o.reason as override_reason, o.until
      """;

  /** The tables of {@link #INPUT_COLUMNS} and {@link AccountSnapshotStore#COLUMNS}. */
  static final String FROM =
      """
      from account_snapshot s
      left join credit_group g on g.id = s.credit_group_id
      left join credit_status c on c.account_id = s.account_id
      left join promise p on p.account_id = s.account_id and p.state in ('OPEN', 'BROKEN')
      left join manual_hold h on h.account_id = s.account_id and h.ended_at is null
      left join credit_override o on o.account_id = s.account_id and o.ended_at is null
      """;

  private static final String SELECT =
      "select " + AccountSnapshotStore.COLUMNS + INPUT_COLUMNS + FROM;

  private final DatabaseClient db;

  AccountInputStore(DatabaseClient db) {
    this.db = db;
  }

  /** The account's inputs, its snapshot row locked until the transaction ends. */
  Flux<AccountInputs> lock(String accountId) {
    return db.sql(SELECT + " where s.account_id = :id for update of s")
        .bind("id", accountId)
        .map(AccountInputStore::inputs)
        .all();
  }

  /**
   * The inputs of these accounts, their snapshot rows locked until the transaction ends (the caller
   * holds them already when it has just stored their snapshots).
   */
  Flux<AccountInputs> lock(Collection<String> accountIds) {
    return db.sql(SELECT + " where s.account_id = any(:ids) order by s.account_id for update of s")
        .bind("ids", accountIds.toArray(String[]::new))
        .map(AccountInputStore::inputs)
        .all();
  }

  /**
   * As {@link #lock(Collection)}, with every member of these credit groups: a change of one
   * member's exposure or of the group re-evaluates them all.
   */
  Flux<AccountInputs> lock(Collection<String> accountIds, Collection<String> groupIds) {
    if (groupIds.isEmpty()) {
      return lock(accountIds);
    }
    return db.sql(
            SELECT
                + """
                where s.account_id = any(:ids) or s.credit_group_id = any(:groups)
                order by s.account_id for update of s
                """)
        .bind("ids", accountIds.toArray(String[]::new))
        .bind("groups", groupIds.toArray(String[]::new))
        .map(AccountInputStore::inputs)
        .all();
  }

  /**
   * Up to {@code limit} accounts whose next time-driven change is due, locked; accounts another
   * replica holds are skipped, not waited for.
   */
  Flux<AccountInputs> claimDue(Instant now, int limit) {
    return db.sql(
            SELECT
                + """
                where s.account_id in (
                    select account_id from credit_status
                    where next_evaluation_at <= :now
                    order by next_evaluation_at limit :limit)
                for update of s skip locked
                """)
        .bind("now", now)
        .bind("limit", limit)
        .map(AccountInputStore::inputs)
        .all();
  }

  /** Up to {@code limit} accounts last evaluated with an older policy than {@code version}. */
  Flux<AccountInputs> claimOutdated(long version, int limit) {
    return db.sql(
            SELECT
                + """
                where s.account_id in (
                    select account_id from credit_status where policy_version < :version
                    limit :limit)
                for update of s skip locked
                """)
        .bind("version", version)
        .bind("limit", limit)
        .map(AccountInputStore::inputs)
        .all();
  }

  /** A page of accounts by id after {@code afterAccountId}, unlocked: for simulations. */
  Flux<AccountInputs> page(String afterAccountId, int limit) {
    return db.sql(SELECT + " where s.account_id > :after order by s.account_id limit :limit")
        .bind("after", afterAccountId)
        .bind("limit", limit)
        .map(AccountInputStore::inputs)
        .all();
  }

  static AccountInputs inputs(Readable row) {
    AccountSnapshot snapshot = AccountSnapshotStore.read(row);
    String status = row.get("status", String.class);
    AccountInputs.Current current =
        status == null
            ? null
            : new AccountInputs.Current(
                CreditStatus.valueOf(status),
                row.get("since", Instant.class),
                row.get("view_fingerprint", String.class),
                row.get("policy_version", Long.class));
    String promiseId = row.get("promise_id", String.class);
    AccountInputs.OpenPromise promise =
        promiseId == null
            ? null
            : new AccountInputs.OpenPromise(
                promiseId,
                row.get("promise_amount", BigDecimal.class),
                row.get("promised_on", LocalDate.class),
                row.get("promise_recorded_by", String.class),
                row.get("received_baseline", BigDecimal.class),
                "BROKEN".equals(row.get("promise_state", String.class)));
    String placedBy = row.get("placed_by", String.class);
    AccountInputs.Hold hold =
        placedBy == null
            ? null
            : new AccountInputs.Hold(placedBy, row.get("hold_reason", String.class));
    String approvedBy = row.get("approved_by", String.class);
    AccountInputs.Override override =
        approvedBy == null
            ? null
            : new AccountInputs.Override(
                approvedBy,
                row.get("override_reason", String.class),
                row.get("until", LocalDate.class));
    return new AccountInputs(snapshot, current, promise, hold, override);
  }
}
