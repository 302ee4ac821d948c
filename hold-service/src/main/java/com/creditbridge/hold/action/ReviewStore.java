package com.creditbridge.hold.action;

import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.store.StoredJson;
import com.creditbridge.platform.paging.SortKey;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The review request tables: review_request and its due rows, review_request_due. */
@Repository
class ReviewStore {

  private final DatabaseClient db;

  ReviewStore(DatabaseClient db) {
    this.db = db;
  }

  /** What deciding on the account's requests needs of it; empty for an unknown account. */
  record AccountFacts(String salesRepId, String salesManagerEmail, BigDecimal exposure) {}

  Mono<AccountFacts> accountFacts(String accountId) {
    return db.sql(
            """
            select s.sales_rep_id, s.sales_manager_email, coalesce(c.exposure, 0) as exposure
            from account_snapshot s left join credit_status c on c.account_id = s.account_id
            where s.account_id = :id
            """)
        .bind("id", accountId)
        .map(
            row ->
                new AccountFacts(
                    row.get("sales_rep_id", String.class),
                    row.get("sales_manager_email", String.class),
                    row.get("exposure", BigDecimal.class)))
        .one();
  }

  /** Stores a new open request and its due row; false when the account has an open one. */
  Mono<Boolean> insertOpen(ReviewView review, Instant dueAt) {
    return db.sql(
            """
            insert into review_request (review_id, account_id, sales_rep_id, status, request,
                                        created_at)
            values (:id, :accountId, :salesRepId, 'open', cast(:request as jsonb), :at)
            on conflict (account_id) where status = 'open' do nothing
            """)
        .bind("id", review.id())
        .bind("accountId", review.accountId())
        .bind("salesRepId", Parameter.fromOrEmpty(review.salesRepId(), String.class))
        .bind("request", StoredJson.mapper().writeValueAsString(review))
        .bind("at", review.createdAt())
        .fetch()
        .rowsUpdated()
        .flatMap(
            rows ->
                rows == 1
                    ? db.sql(
                            "insert into review_request_due (review_id, due_at) values (:id, :due)")
                        .bind("id", review.id())
                        .bind("due", dueAt)
                        .then()
                        .thenReturn(true)
                    : Mono.just(false));
  }

  Mono<ReviewView> find(String reviewId) {
    return db.sql(
            "select cast(request as text) as request from review_request where review_id = :id")
        .bind("id", reviewId)
        .map(ReviewStore::view)
        .one();
  }

  /** The request, locked for the rest of the transaction. */
  Mono<ReviewView> lock(String reviewId) {
    return db.sql(
            "select cast(request as text) as request from review_request where review_id = :id"
                + " for update")
        .bind("id", reviewId)
        .map(ReviewStore::view)
        .one();
  }

  /** Writes the request as it is now; a decided one loses its due row. */
  Mono<Void> update(ReviewView review) {
    Mono<Void> updated =
        db.sql(
                "update review_request set status = :status, request = cast(:request as jsonb),"
                    + " decided_at = :decidedAt where review_id = :id")
            .bind("status", review.status())
            .bind("request", StoredJson.mapper().writeValueAsString(review))
            .bind("decidedAt", Parameter.fromOrEmpty(review.decidedAt(), Instant.class))
            .bind("id", review.id())
            .then();
    if ("open".equals(review.status())) {
      return updated;
    }
    return updated.then(
        db.sql("delete from review_request_due where review_id = :id")
            .bind("id", review.id())
            .then());
  }

  /**
   * Claims up to {@code limit} due rows whose time has come, with their requests, and deletes the
   * rows; rows (or requests) another transaction holds are skipped, not waited for, so replicas and
   * a decision in progress never block each other.
   */
  Flux<ReviewView> claimDue(Instant now, int limit) {
    return db.sql(
            """
            delete from review_request_due where review_id in (
                select d.review_id from review_request_due d
                join review_request r on r.review_id = d.review_id
                where d.due_at <= :now and r.status = 'open'
                order by d.due_at limit :limit
                for update of d, r skip locked)
            returning review_id
            """)
        .bind("now", now)
        .bind("limit", limit)
        .map(row -> row.get("review_id", String.class))
        .all()
        .concatMap(this::lock);
  }

  /**
   * Requests newest first after {@code after}, one more than {@code limit}.
   *
   * @param statuses the statuses to list
   * @param viewerEmail narrows to the accounts naming this person; null for everyone's
   */
  Flux<ReviewView> list(
      List<String> statuses,
      String accountId,
      String salesRepId,
      String viewerEmail,
      SortKey after,
      int limit) {
    StringBuilder where = new StringBuilder("where r.status = any(:statuses)");
    if (accountId != null) {
      where.append(" and r.account_id = :accountId");
    }
    if (salesRepId != null) {
      where.append(" and r.sales_rep_id = :salesRepId");
    }
    if (viewerEmail != null) {
      where.append(
          " and exists (select 1 from account_snapshot s where s.account_id = r.account_id and "
              + VisibleAccounts.OWNED_BY_VIEWER
              + ")");
    }
    if (after != null) {
      where.append(" and (r.created_at, r.review_id) < (:afterAt, :afterId)");
    }
    DatabaseClient.GenericExecuteSpec sql =
        db.sql(
                "select cast(r.request as text) as request from review_request r "
                    + where
                    + " order by r.created_at desc, r.review_id desc limit :limit")
            .bind("statuses", statuses.toArray(String[]::new))
            .bind("limit", limit + 1);
    if (accountId != null) {
      sql = sql.bind("accountId", accountId);
    }
    if (salesRepId != null) {
      sql = sql.bind("salesRepId", salesRepId);
    }
    if (viewerEmail != null) {
      sql = sql.bind("viewerEmail", viewerEmail);
    }
    if (after != null) {
      sql = sql.bind("afterAt", after.instant(0)).bind("afterId", after.text(1));
    }
    return sql.map(ReviewStore::view).all();
  }

  private static ReviewView view(Readable row) {
    return StoredJson.mapper().readValue(row.get("request", String.class), ReviewView.class);
  }
}
