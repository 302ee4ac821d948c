package com.creditbridge.hold.check;

import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.check.CreditCheckView.Reason;
import com.creditbridge.hold.store.StoredJson;
import com.creditbridge.platform.paging.SortKey;
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

  private final DatabaseClient db;

  CreditCheckStore(DatabaseClient db) {
    this.db = db;
  }

  /** Records one check: one statement. */
  Mono<Void> record(CreditCheckView check) {
    DatabaseClient.GenericExecuteSpec sql =
        db.sql(
                """
                insert into credit_check
                    (check_id, account_id, amount, currency, order_id, decision, reasons, status,
                     exposure, exposure_after, credit_limit, available_credit, group_exposure_after,
                     asked_by, checked_at)
                values (:checkId, :accountId, :amount::numeric, :currency, :orderId, :decision,
                        :reasons::jsonb, :status, :exposure::numeric, :exposureAfter::numeric,
                        :creditLimit::numeric, :availableCredit::numeric,
                        :groupExposureAfter::numeric, :askedBy, :checkedAt)
                """)
            .bind("checkId", check.checkId())
            .bind("accountId", check.accountId())
            .bind("amount", check.amount())
            .bind("currency", check.currency())
            .bind("decision", check.decision())
            .bind("reasons", StoredJson.mapper().writeValueAsString(check.reasons()))
            .bind("status", check.status())
            .bind("exposure", check.exposure())
            .bind("exposureAfter", check.exposureAfter())
            .bind("checkedAt", check.checkedAt());
    sql = nullable(sql, "orderId", check.orderId());
    sql = nullable(sql, "creditLimit", check.creditLimit());
    sql = nullable(sql, "availableCredit", check.availableCredit());
    sql = nullable(sql, "groupExposureAfter", check.groupExposureAfter());
    sql = nullable(sql, "askedBy", check.askedBy());
    return sql.then();
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

  private static DatabaseClient.GenericExecuteSpec nullable(
      DatabaseClient.GenericExecuteSpec sql, String name, String value) {
    return value == null ? sql.bindNull(name, String.class) : sql.bind(name, value);
  }
}
