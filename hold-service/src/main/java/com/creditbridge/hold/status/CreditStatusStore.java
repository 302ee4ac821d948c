package com.creditbridge.hold.status;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Reason;
import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.hold.status.CreditStatusView.ManualHoldView;
import com.creditbridge.hold.status.CreditStatusView.NoteView;
import com.creditbridge.hold.status.CreditStatusView.OverrideView;
import com.creditbridge.hold.status.CreditStatusView.PromiseView;
import com.creditbridge.hold.store.StoredJson;
import com.creditbridge.hold.store.StoredReason;
import com.creditbridge.platform.wording.Wording;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;

/** Reads the stored decisions with the actions in force (written by the decision feature). */
@Repository
class CreditStatusStore {

  private static final JavaType REASONS =
      StoredJson.mapper().getTypeFactory().constructCollectionType(List.class, StoredReason.class);

  private static final String SELECT =
      """
      select c.account_id, s.account_name, s.sales_rep_id, c.status, c.since,
             cast(c.reasons as text) as reasons, c.projected_hold_on, c.cure_amount, c.exposure,
             c.credit_limit, c.currency, c.policy_version, c.evaluated_at,
             p.promise_id, p.amount as promise_amount, p.promised_on, p.recorded_by, p.note,
             p.recorded_at,
             greatest(s.received_total - p.received_baseline, 0) as paid_so_far,
             o.override_id, o.reason as override_reason, o.approved_by, o.until, o.created_at,
             h.hold_id, h.reason as hold_reason, h.placed_by, h.placed_at,
             ln.author as note_author, ln.text as note_text, ln.created_at as note_created_at,
             case c.status when 'ON_HOLD' then 0 when 'APPROACHING' then 1 else 2 end as rank,
             coalesce(c.projected_hold_on, date '9999-12-31') as projected_key
      from credit_status c
      join account_snapshot s on s.account_id = c.account_id
      left join promise p on p.account_id = c.account_id and p.state = 'OPEN'
      left join credit_override o on o.account_id = c.account_id and o.ended_at is null
      left join manual_hold h on h.account_id = c.account_id and h.ended_at is null
      left join lateral (select n.author, n.text, n.created_at from note n
                          where n.account_id = c.account_id
                          order by n.created_at desc, n.note_id desc limit 1) ln on true
      """;

  private final DatabaseClient db;

  CreditStatusStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * @param viewerEmail the email the viewer is narrowed to ({@link
   *     com.creditbridge.platform.access.AccountVisibility#restrictedTo}), or null
   * @param wording the words the reasons' messages are shown in
   */
  Mono<CreditStatusView> find(
      String accountId,
      String viewerEmail,
      PolicyVersion policy,
      Wording wording,
      LocalDate today) {
    String sql = SELECT + " where c.account_id = :accountId";
    GenericExecuteSpec spec =
        db.sql(viewerEmail == null ? sql : sql + " and " + VisibleAccounts.OWNED_BY_VIEWER)
            .bind("accountId", accountId);
    if (viewerEmail != null) {
      spec = spec.bind("viewerEmail", viewerEmail);
    }
    return spec.map(row -> view(row, policy, wording, today)).one();
  }

  /**
   * The at-risk list: ON_HOLD first, then by projected hold date (none last), then by exposure,
   * largest first; ties by account id. Returns one item more than {@code limit} when there are
   * more.
   */
  Flux<Ranked> atRisk(
      AtRiskQuery query,
      AtRiskCursor after,
      int limit,
      PolicyVersion policy,
      Wording wording,
      LocalDate today) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where c.status = any(:statuses)");
    if (query.salesRepId() != null) {
      sql.append(" and s.sales_rep_id = :salesRepId");
    }
    if (query.viewerEmail() != null) {
      sql.append(" and ").append(VisibleAccounts.OWNED_BY_VIEWER);
    }
    if (query.text() != null) {
      sql.append(
          " and (s.account_name ilike :text escape '\\' or c.account_id ilike :text escape '\\')");
    }
    if (after != null) {
      sql.append(
          """
           and (case c.status when 'ON_HOLD' then 0 when 'APPROACHING' then 1 else 2 end,
                coalesce(c.projected_hold_on, date '9999-12-31'), -c.exposure, c.account_id)
               > (:rank, :projected, :negativeExposure, :accountId)
          """);
    }
    sql.append(" order by rank, projected_key, c.exposure desc, c.account_id limit :limit");
    GenericExecuteSpec spec =
        db.sql(sql.toString())
            .bind("statuses", query.statuses().stream().map(Enum::name).toArray(String[]::new))
            .bind("limit", limit + 1);
    if (query.salesRepId() != null) {
      spec = spec.bind("salesRepId", query.salesRepId());
    }
    if (query.viewerEmail() != null) {
      spec = spec.bind("viewerEmail", query.viewerEmail());
    }
    if (query.text() != null) {
      spec = spec.bind("text", "%" + likeLiteral(query.text()) + "%");
    }
    if (after != null) {
      spec =
          spec.bind("rank", after.rank())
              .bind("projected", after.projectedKey())
              .bind("negativeExposure", after.exposure().negate())
              .bind("accountId", after.accountId());
    }
    return spec.map(
            row ->
                new Ranked(
                    view(row, policy, wording, today),
                    new AtRiskCursor(
                        row.get("rank", Integer.class),
                        row.get("projected_key", LocalDate.class),
                        row.get("exposure", BigDecimal.class),
                        row.get("account_id", String.class))))
        .all();
  }

  private static CreditStatusView view(
      Readable row, PolicyVersion policy, Wording wording, LocalDate today) {
    String currency = row.get("currency", String.class);
    CurrencyUnit unit = CurrencyUnit.of(currency);
    List<StoredReason> stored =
        StoredJson.mapper().readValue(row.get("reasons", String.class), REASONS);
    List<Reason> reasons =
        stored.stream()
            .map(
                r ->
                    new Reason(
                        r.code(),
                        wording.apply(r.message()),
                        r.invoiceId(),
                        r.daysPastDue(),
                        r.amount()))
            .toList();
    String promiseId = row.get("promise_id", String.class);
    PromiseView promise =
        promiseId == null
            ? null
            : new PromiseView(
                promiseId,
                money(unit, row.get("promise_amount", BigDecimal.class)),
                row.get("promised_on", LocalDate.class),
                row.get("promised_on", LocalDate.class)
                    .plusDays(policy.settings().promiseGraceDays()),
                money(unit, row.get("paid_so_far", BigDecimal.class)),
                row.get("recorded_by", String.class),
                row.get("note", String.class),
                row.get("recorded_at", Instant.class));
    String overrideId = row.get("override_id", String.class);
    OverrideView override =
        overrideId == null
            ? null
            : new OverrideView(
                overrideId,
                row.get("override_reason", String.class),
                row.get("approved_by", String.class),
                row.get("until", LocalDate.class),
                !today.isAfter(row.get("until", LocalDate.class)),
                row.get("created_at", Instant.class));
    String holdId = row.get("hold_id", String.class);
    ManualHoldView hold =
        holdId == null
            ? null
            : new ManualHoldView(
                holdId,
                row.get("hold_reason", String.class),
                row.get("placed_by", String.class),
                row.get("placed_at", Instant.class));
    Instant noteAt = row.get("note_created_at", Instant.class);
    NoteView latestNote =
        noteAt == null
            ? null
            : new NoteView(
                row.get("note_author", String.class), row.get("note_text", String.class), noteAt);
    return new CreditStatusView(
        row.get("account_id", String.class),
        row.get("account_name", String.class),
        row.get("sales_rep_id", String.class),
        CreditStatus.valueOf(row.get("status", String.class)),
        row.get("since", Instant.class),
        reasons,
        row.get("projected_hold_on", LocalDate.class),
        money(unit, row.get("cure_amount", BigDecimal.class)),
        money(unit, row.get("exposure", BigDecimal.class)),
        money(unit, row.get("credit_limit", BigDecimal.class)),
        currency,
        promise,
        override,
        hold,
        row.get("policy_version", Long.class),
        row.get("evaluated_at", Instant.class),
        latestNote);
  }

  /** The text matched literally: LIKE's wildcards and escape character lose their meaning. */
  private static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String money(CurrencyUnit unit, BigDecimal amount) {
    return amount == null ? null : unit.scaled(amount).toPlainString();
  }

  /**
   * What the at-risk list asks for.
   *
   * @param salesRepId null for every rep
   * @param viewerEmail the email a person without a member role is narrowed to, or null
   * @param text matched case-insensitively within the account's name or id, or null
   */
  record AtRiskQuery(
      List<CreditStatus> statuses, String salesRepId, String viewerEmail, String text) {}

  /** A list item with the sort key the next page starts after. */
  record Ranked(CreditStatusView view, AtRiskCursor key) {}
}
