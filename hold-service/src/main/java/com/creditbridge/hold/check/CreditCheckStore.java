package com.creditbridge.hold.check;

import static com.creditbridge.platform.sql.UnnestBatch.jsonb;
import static com.creditbridge.platform.sql.UnnestBatch.numeric;
import static com.creditbridge.platform.sql.UnnestBatch.text;
import static com.creditbridge.platform.sql.UnnestBatch.timestamptz;

import com.creditbridge.hold.HoldProperties;
import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.check.CreditCheckView.Reason;
import com.creditbridge.hold.store.StoredJson;
import com.creditbridge.platform.paging.SortKey;
import com.creditbridge.platform.sql.GroupCommit;
import com.creditbridge.platform.sql.UnnestBatch;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/** The order credit checks asked (table {@code credit_check}), kept for the retention period. */
@Repository
class CreditCheckStore {

  private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};

  /** The columns of {@code credit_check}, as one batch insert binds them. */
  private static final UnnestBatch.Columns ROWS =
      UnnestBatch.columns(
          text("check_id"),
          text("account_id"),
          numeric("amount"),
          text("currency"),
          text("order_id"),
          text("decision"),
          jsonb("reasons"),
          text("status"),
          numeric("exposure"),
          numeric("exposure_after"),
          numeric("credit_limit"),
          numeric("available_credit"),
          numeric("group_exposure_after"),
          text("asked_by"),
          timestamptz("checked_at"));

  private final DatabaseClient db;
  private final GroupCommit<CreditCheckView> writes;

  CreditCheckStore(DatabaseClient db, HoldProperties properties) {
    this.db = db;
    this.writes = new GroupCommit<>(this::recordAll, properties.creditCheckBatchSize());
  }

  /**
   * Records one check. Checks asked while a write runs go together in the next one (one statement,
   * one commit for all of them), so under many callers the commits do not queue up one per check; a
   * lone check is written at once. Each answer still waits for its own row to be committed.
   */
  Mono<Void> record(CreditCheckView check) {
    return writes.submit(check);
  }

  private Mono<Void> recordAll(List<CreditCheckView> batch) {
    UnnestBatch insert = ROWS.statement(ROWS.insertInto("credit_check"));
    for (CreditCheckView check : batch) {
      insert
          .row()
          .set("check_id", check.checkId())
          .set("account_id", check.accountId())
          .set("amount", amount(check.amount()))
          .set("currency", check.currency())
          .set("order_id", check.orderId())
          .set("decision", check.decision())
          .set("reasons", StoredJson.mapper().writeValueAsString(check.reasons()))
          .set("status", check.status())
          .set("exposure", amount(check.exposure()))
          .set("exposure_after", amount(check.exposureAfter()))
          .set("credit_limit", amount(check.creditLimit()))
          .set("available_credit", amount(check.availableCredit()))
          .set("group_exposure_after", amount(check.groupExposureAfter()))
          .set("asked_by", check.askedBy())
          .set("checked_at", check.checkedAt())
          .add();
    }
    return insert.execute(db).then();
  }

  /**
   * Checks newest first, after {@code after} (null for the first page), one more than {@code
   * limit}; of one account when {@code accountId} is not null, of the viewer's accounts when {@code
   * viewerEmail} is not null.
   */
  Flux<CreditCheckView> list(String accountId, String viewerEmail, SortKey after, int limit) {
    StringBuilder where = new StringBuilder("where true");
    if (accountId != null) {
      where.append(" and k.account_id = :accountId");
    }
    if (viewerEmail != null) {
      where.append(
          " and exists (select 1 from account_snapshot s where s.account_id = k.account_id and "
              + VisibleAccounts.OWNED_BY_VIEWER
              + ")");
    }
    if (after != null) {
      where.append(" and (k.checked_at, k.check_id) < (:afterAt, :afterId)");
    }
    DatabaseClient.GenericExecuteSpec sql =
        db.sql(
                """
                select k.check_id, k.account_id, k.amount, k.currency, k.order_id, k.decision,
                       cast(k.reasons as text) as reasons, k.status, k.exposure, k.exposure_after,
                       k.credit_limit, k.available_credit, k.group_exposure_after, k.asked_by,
                       k.checked_at
                from credit_check k
                """
                    + where
                    + " order by k.checked_at desc, k.check_id desc limit :limit")
            .bind("limit", limit + 1);
    if (accountId != null) {
      sql = sql.bind("accountId", accountId);
    }
    if (viewerEmail != null) {
      sql = sql.bind("viewerEmail", viewerEmail);
    }
    if (after != null) {
      sql = sql.bind("afterAt", after.instant(0)).bind("afterId", after.text(1));
    }
    return sql.map(CreditCheckStore::view).all();
  }

  /**
   * Deletes up to {@code limit} checks older than {@code before}; rows another replica is deleting
   * are skipped, not waited for. Returns how many it deleted.
   */
  Mono<Long> deleteOlderThan(Instant before, int limit) {
    return db.sql(
            """
            delete from credit_check where check_id in (
                select check_id from credit_check where checked_at < :before
                limit :limit for update skip locked)
            """)
        .bind("before", before)
        .bind("limit", limit)
        .fetch()
        .rowsUpdated();
  }

  private static CreditCheckView view(Readable row) {
    return new CreditCheckView(
        row.get("check_id", String.class),
        row.get("account_id", String.class),
        row.get("decision", String.class),
        StoredJson.mapper().readValue(row.get("reasons", String.class), REASONS),
        row.get("status", String.class),
        plain(row.get("exposure", BigDecimal.class)),
        plain(row.get("exposure_after", BigDecimal.class)),
        plain(row.get("credit_limit", BigDecimal.class)),
        plain(row.get("available_credit", BigDecimal.class)),
        plain(row.get("group_exposure_after", BigDecimal.class)),
        row.get("currency", String.class),
        plain(row.get("amount", BigDecimal.class)),
        row.get("order_id", String.class),
        row.get("asked_by", String.class),
        row.get("checked_at", Instant.class));
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  private static BigDecimal amount(String plain) {
    return plain == null ? null : new BigDecimal(plain);
  }
}
