package com.creditbridge.notification.profile;

import com.creditbridge.notification.profile.AccountProfile.PaymentTrend;
import com.creditbridge.notification.profile.AccountProfile.Person;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The stored account profiles: written from the snapshots, read by data gaps and meeting packs. */
@Component
public class AccountProfiles {

  static final String COLUMNS =
      """
      account_id, ledger_version, name, currency, sales_rep_id, sales_rep_name, sales_rep_email,
      credit_analyst_id, credit_analyst_name, credit_analyst_email, sales_manager_name,
      sales_manager_email, has_credit_limit, segment, payment_trend, past_due, exposure
      """;

  /** The accounts {@code DataGaps} finds something missing on (profile p, refused address r). */
  private static final String HAS_GAP =
      """
      (p.credit_analyst_id is null and p.credit_analyst_email is null
       and p.credit_analyst_name is null
       or p.sales_manager_email is null and p.sales_manager_name is null
       or not p.has_credit_limit or p.segment is null or r.email is not null)
      """;

  private final DatabaseClient db;
  private final Clock clock;

  AccountProfiles(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Keeps the newest of each account's profiles, in one statement: the poll's newest per account,
   * and only where it is newer than the stored one.
   */
  Mono<Void> keep(List<AccountProfile> received) {
    Map<String, AccountProfile> newest = new LinkedHashMap<>();
    for (AccountProfile profile : received) {
      newest.merge(
          profile.accountId(),
          profile,
          (kept, later) -> later.ledgerVersion() >= kept.ledgerVersion() ? later : kept);
    }
    List<AccountProfile> rows = List.copyOf(newest.values());
    return db.sql(
            """
            insert into account_profile (%s, updated_at)
            select p.*, :now
              from unnest(cast(:ids as text[]), cast(:versions as bigint[]),
                          cast(:names as text[]), cast(:currencies as text[]),
                          cast(:repIds as text[]), cast(:repNames as text[]),
                          cast(:repEmails as text[]), cast(:analystIds as text[]),
                          cast(:analystNames as text[]), cast(:analystEmails as text[]),
                          cast(:managerNames as text[]), cast(:managerEmails as text[]),
                          cast(:limits as boolean[]), cast(:segments as text[]),
                          cast(:trends as text[]), cast(:pastDues as numeric[]),
                          cast(:exposures as numeric[])) as p
            on conflict (account_id) do update
               set ledger_version = excluded.ledger_version, name = excluded.name,
                   currency = excluded.currency, sales_rep_id = excluded.sales_rep_id,
                   sales_rep_name = excluded.sales_rep_name,
                   sales_rep_email = excluded.sales_rep_email,
                   credit_analyst_id = excluded.credit_analyst_id,
                   credit_analyst_name = excluded.credit_analyst_name,
                   credit_analyst_email = excluded.credit_analyst_email,
                   sales_manager_name = excluded.sales_manager_name,
                   sales_manager_email = excluded.sales_manager_email,
                   has_credit_limit = excluded.has_credit_limit, segment = excluded.segment,
                   payment_trend = excluded.payment_trend, past_due = excluded.past_due,
                   exposure = excluded.exposure, updated_at = excluded.updated_at
             where account_profile.ledger_version < excluded.ledger_version
            """
                .formatted(COLUMNS))
        .bind("ids", column(rows, AccountProfile::accountId))
        .bind("versions", rows.stream().map(AccountProfile::ledgerVersion).toArray(Long[]::new))
        .bind("names", column(rows, AccountProfile::name))
        .bind("currencies", column(rows, AccountProfile::currency))
        .bind("repIds", column(rows, p -> part(p.salesRep(), Person::id)))
        .bind("repNames", column(rows, p -> part(p.salesRep(), Person::name)))
        .bind("repEmails", column(rows, p -> part(p.salesRep(), Person::email)))
        .bind("analystIds", column(rows, p -> part(p.creditAnalyst(), Person::id)))
        .bind("analystNames", column(rows, p -> part(p.creditAnalyst(), Person::name)))
        .bind("analystEmails", column(rows, p -> part(p.creditAnalyst(), Person::email)))
        .bind("managerNames", column(rows, p -> part(p.salesManager(), Person::name)))
        .bind("managerEmails", column(rows, p -> part(p.salesManager(), Person::email)))
        .bind("limits", rows.stream().map(AccountProfile::hasCreditLimit).toArray(Boolean[]::new))
        .bind("segments", column(rows, AccountProfile::segment))
        .bind(
            "trends", column(rows, p -> p.paymentTrend() == null ? null : p.paymentTrend().name()))
        .bind("pastDues", rows.stream().map(AccountProfile::pastDue).toArray(BigDecimal[]::new))
        .bind("exposures", rows.stream().map(AccountProfile::exposure).toArray(BigDecimal[]::new))
        .bind("now", clock.instant())
        .then();
  }

  /** One account's stored profile, for tests and single reads. */
  public Mono<AccountProfile> find(String accountId) {
    return db.sql("select " + COLUMNS + " from account_profile where account_id = :id")
        .bind("id", accountId)
        .map(AccountProfiles::profile)
        .one();
  }

  /** A profile, and whether the mail server refused its sales rep's address. */
  public record WithRefusal(AccountProfile profile, boolean repRefused) {

    /** The refused addresses {@code DataGaps} needs: the rep's, when it was refused. */
    public java.util.Set<String> refusedAddresses() {
      Person rep = profile.salesRep();
      return repRefused && rep != null && rep.email() != null
          ? java.util.Set.of(rep.email())
          : java.util.Set.of();
    }
  }

  /**
   * The accounts missing any information {@code DataGaps} looks for, in account id order after
   * {@code after}, at most {@code limit}.
   *
   * @param creditAnalystId only that analyst's accounts; null for all
   * @param viewerEmail only the accounts naming this (lower-case) email; null for all
   */
  public Mono<List<WithRefusal>> withGaps(
      String creditAnalystId, String viewerEmail, String after, int limit) {
    var spec =
        db.sql(
                """
                select %s, r.email is not null as rep_refused
                  from account_profile p
                  left join refused_address r on r.email = p.sales_rep_email
                 where p.account_id > :after
                   and (cast(:analyst as text) is null or p.credit_analyst_id = :analyst)
                   and (cast(:viewer as text) is null or p.sales_rep_email = :viewer
                        or p.credit_analyst_email = :viewer or p.sales_manager_email = :viewer)
                   and %s
                 order by p.account_id
                 limit :limit
                """
                    .formatted(prefixed("p."), HAS_GAP))
            .bind("after", after)
            .bind("limit", limit);
    spec = bindOrNull(spec, "analyst", creditAnalystId);
    spec =
        bindOrNull(
            spec, "viewer", viewerEmail == null ? null : viewerEmail.toLowerCase(Locale.ROOT));
    return spec.map(
            row ->
                new WithRefusal(
                    profile(row), Boolean.TRUE.equals(row.get("rep_refused", Boolean.class))))
        .all()
        .collectList();
  }

  /** The (lower-case) addresses of everyone named as credit analyst on an account, in order. */
  public Mono<List<String>> creditAnalystEmails() {
    return db.sql(
            """
            select distinct credit_analyst_email from account_profile
             where credit_analyst_email is not null order by credit_analyst_email
            """)
        .map(row -> row.get("credit_analyst_email", String.class))
        .all()
        .collectList();
  }

  /**
   * The accounts naming this credit analyst (by lower-case address) that miss information, in name
   * order, at most {@code limit}; for the analyst's weekly digest.
   */
  public Mono<List<WithRefusal>> gapsOfCreditAnalyst(String analystEmail, int limit) {
    return db.sql(
            """
            select %s, r.email is not null as rep_refused
              from account_profile p
              left join refused_address r on r.email = p.sales_rep_email
             where p.credit_analyst_email = :email and %s
             order by coalesce(p.name, p.account_id), p.account_id
             limit :limit
            """
                .formatted(prefixed("p."), HAS_GAP))
        .bind("email", analystEmail.toLowerCase(Locale.ROOT))
        .bind("limit", limit)
        .map(
            row ->
                new WithRefusal(
                    profile(row), Boolean.TRUE.equals(row.get("rep_refused", Boolean.class))))
        .all()
        .collectList();
  }

  /**
   * A sales team's profiles: its manager's or one rep's accounts, at most {@code limit}.
   *
   * @param managerEmail the sales manager's email (lower-case), or null
   * @param repId the sales rep's id, or null
   * @param viewerEmail only the accounts naming this (lower-case) email; null for all
   */
  public Mono<List<AccountProfile>> ofTeam(
      String managerEmail, String repId, String viewerEmail, int limit) {
    var spec =
        db.sql(
                """
                select %s from account_profile p
                 where (cast(:manager as text) is null or p.sales_manager_email = :manager)
                   and (cast(:rep as text) is null or p.sales_rep_id = :rep)
                   and (cast(:viewer as text) is null or p.sales_rep_email = :viewer
                        or p.credit_analyst_email = :viewer or p.sales_manager_email = :viewer)
                 order by p.exposure desc, p.account_id
                 limit :limit
                """
                    .formatted(prefixed("p.")))
            .bind("limit", limit);
    spec = bindOrNull(spec, "manager", managerEmail);
    spec = bindOrNull(spec, "rep", repId);
    spec = bindOrNull(spec, "viewer", viewerEmail);
    return spec.map(AccountProfiles::profile).all().collectList();
  }

  static String prefixed(String alias) {
    return java.util.Arrays.stream(COLUMNS.split(","))
        .map(c -> alias + c.strip())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** Binds {@code value}, or a typed null. */
  public static DatabaseClient.GenericExecuteSpec bindOrNull(
      DatabaseClient.GenericExecuteSpec spec, String name, String value) {
    return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
  }

  static AccountProfile profile(Readable row) {
    String trend = row.get("payment_trend", String.class);
    return new AccountProfile(
        row.get("account_id", String.class),
        row.get("ledger_version", Long.class),
        row.get("name", String.class),
        row.get("currency", String.class),
        Person.of(
            row.get("sales_rep_id", String.class),
            row.get("sales_rep_name", String.class),
            row.get("sales_rep_email", String.class)),
        Person.of(
            row.get("credit_analyst_id", String.class),
            row.get("credit_analyst_name", String.class),
            row.get("credit_analyst_email", String.class)),
        Person.of(
            null,
            row.get("sales_manager_name", String.class),
            row.get("sales_manager_email", String.class)),
        Boolean.TRUE.equals(row.get("has_credit_limit", Boolean.class)),
        row.get("segment", String.class),
        trend == null ? null : PaymentTrend.valueOf(trend),
        row.get("past_due", BigDecimal.class),
        row.get("exposure", BigDecimal.class));
  }

  private static <T> String part(Person person, Function<Person, T> part) {
    T value = person == null ? null : part.apply(person);
    return value == null ? null : value.toString();
  }

  private static <T> String[] column(List<T> rows, Function<T, String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }
}
