package com.creditbridge.notification.meeting;

import com.creditbridge.notification.profile.AccountProfile;
import com.creditbridge.notification.profile.AccountProfiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads what a meeting pack is made of: a team's held and approaching accounts (the latest status
 * update of each), their profiles (payment trend, past due) and what credit did on them lately.
 */
@Component
class TeamAccounts {

  /** A sales team: its manager's email or one rep's id (exactly one is set). */
  record Team(String salesManagerEmail, String salesRepId) {}

  /** A held or approaching account as its latest status update describes it. */
  record Held(
      String accountId,
      String accountName,
      String status,
      LocalDate projectedHoldOn,
      BigDecimal exposure,
      String currency,
      Instant statusSince) {}

  /** One thing credit did on an account: a note, or the change to its current status. */
  record Done(String accountId, Instant at, String kind, String text) {}

  private static final int MAX_ACCOUNTS = 500;

  private final DatabaseClient db;
  private final AccountProfiles profiles;

  TeamAccounts(DatabaseClient db, AccountProfiles profiles) {
    this.db = db;
    this.profiles = profiles;
  }

  /** The team's ON_HOLD and APPROACHING accounts that {@code viewer} (null: anyone) may see. */
  Mono<List<Held>> held(Team team, String viewer) {
    var spec =
        db.sql(
                """
                select s.account_id, s.status, s.occurred_at,
                       cast(s.data as jsonb) -> 'data' ->> 'accountName' as account_name,
                       cast(s.data as jsonb) -> 'data' ->> 'projectedHoldOn' as projected,
                       cast(s.data as jsonb) -> 'data' ->> 'exposure' as exposure,
                       cast(s.data as jsonb) -> 'data' ->> 'currency' as currency
                  from account_status s
                 where s.status in ('ON_HOLD', 'APPROACHING')
                   and (cast(:manager as text) is null or s.sales_manager_email = :manager)
                   and (cast(:rep as text) is null or s.sales_rep_key = :rep)
                   and (cast(:viewer as text) is null or s.sales_rep_email = :viewer
                        or s.credit_analyst_email = :viewer or s.sales_manager_email = :viewer)
                 limit :limit
                """)
            .bind("limit", MAX_ACCOUNTS);
    spec = AccountProfiles.bindOrNull(spec, "manager", team.salesManagerEmail());
    spec = AccountProfiles.bindOrNull(spec, "rep", team.salesRepId());
    spec = AccountProfiles.bindOrNull(spec, "viewer", viewer);
    return spec.map(
            row -> {
              String projected = row.get("projected", String.class);
              String exposure = row.get("exposure", String.class);
              return new Held(
                  row.get("account_id", String.class),
                  row.get("account_name", String.class),
                  row.get("status", String.class),
                  projected == null ? null : LocalDate.parse(projected),
                  exposure == null ? BigDecimal.ZERO : new BigDecimal(exposure),
                  row.get("currency", String.class),
                  row.get("occurred_at", Instant.class));
            })
        .all()
        .collectList();
  }

  /** The team's account profiles that {@code viewer} (null: anyone) may see. */
  Mono<List<AccountProfile>> profiles(Team team, String viewer) {
    return profiles.ofTeam(team.salesManagerEmail(), team.salesRepId(), viewer, MAX_ACCOUNTS);
  }

  /** The notes on the accounts since {@code since}, newest first. */
  Mono<Map<String, Collection<Done>>> notesSince(List<String> accountIds, Instant since) {
    return db.sql(
            """
            select account_id, author, text, created_at from account_note
             where account_id = any(cast(:ids as text[])) and created_at >= :since
             order by created_at desc, note_id desc
            """)
        .bind("ids", accountIds.toArray(String[]::new))
        .bind("since", since)
        .map(
            row -> {
              String author = row.get("author", String.class);
              String text = row.get("text", String.class);
              return new Done(
                  row.get("account_id", String.class),
                  row.get("created_at", Instant.class),
                  "note",
                  author == null ? text : author + ": " + text);
            })
        .all()
        .collectMultimap(Done::accountId);
  }
}
