package com.creditbridge.hold.decision;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.platform.access.AccountPeople;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** The newest ledger snapshot per account (table {@code account_snapshot}). */
@Repository
class AccountSnapshots {

  private final DatabaseClient db;

  AccountSnapshots(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Stores each snapshot unless one with the same or a newer ledger version is stored already, in
   * one statement; returns the ids of the accounts whose snapshot it stored. At most one snapshot
   * per account. The rows stay locked until the transaction ends, which serialises every evaluation
   * of an account; they are locked in account id order, so two batches never wait for each other in
   * a circle.
   */
  Flux<String> storeIfNewer(List<PaymentStatusChanged> snapshots, Instant receivedAt) {
    if (snapshots.isEmpty()) {
      return Flux.empty();
    }
    List<PaymentStatusChanged> sorted =
        snapshots.stream().sorted(Comparator.comparing(PaymentStatusChanged::accountId)).toList();
    return db.sql(
            """
            insert into account_snapshot
                (account_id, ledger_version, account_name, sales_rep_id, sales_rep_email,
                 credit_analyst_email, sales_manager_email, snapshot, received_at)
            select u.account_id, u.ledger_version::bigint, u.account_name, u.sales_rep_id,
                   u.sales_rep_email, u.credit_analyst_email, u.sales_manager_email,
                   u.snapshot::jsonb, :receivedAt
            from unnest(:accountId::text[], :ledgerVersion::text[], :name::text[],
                        :salesRepId::text[], :salesRepEmail::text[], :creditAnalystEmail::text[],
                        :salesManagerEmail::text[], :snapshot::text[])
                 with ordinality as u(account_id, ledger_version, account_name, sales_rep_id,
                                      sales_rep_email, credit_analyst_email, sales_manager_email,
                                      snapshot, n)
            order by u.n
            on conflict (account_id) do update set
                ledger_version = excluded.ledger_version,
                account_name = excluded.account_name,
                sales_rep_id = excluded.sales_rep_id,
                sales_rep_email = excluded.sales_rep_email,
                credit_analyst_email = excluded.credit_analyst_email,
                sales_manager_email = excluded.sales_manager_email,
                snapshot = excluded.snapshot,
                received_at = excluded.received_at
            where account_snapshot.ledger_version < excluded.ledger_version
            returning account_id
            """)
        .bind("accountId", column(sorted, PaymentStatusChanged::accountId))
        .bind("ledgerVersion", column(sorted, snapshot -> Long.toString(snapshot.ledgerVersion())))
        .bind("name", column(sorted, PaymentStatusChanged::name))
        .bind(
            "salesRepId",
            column(
                sorted, snapshot -> snapshot.salesRep() == null ? null : snapshot.salesRep().id()))
        .bind("salesRepEmail", column(sorted, snapshot -> email(snapshot.salesRep())))
        .bind("creditAnalystEmail", column(sorted, snapshot -> email(snapshot.creditAnalyst())))
        .bind("salesManagerEmail", column(sorted, snapshot -> email(snapshot.salesManager())))
        .bind("snapshot", column(sorted, EventJson.mapper()::writeValueAsString))
        .bind("receivedAt", receivedAt)
        .map(row -> row.get("account_id", String.class))
        .all();
  }

  /** Lower-case, as the visibility filters compare it with a person's email. */
  private static String email(Party party) {
    return party == null ? null : AccountPeople.normal(party.email());
  }

  private static String[] column(
      List<PaymentStatusChanged> snapshots, Function<PaymentStatusChanged, String> value) {
    return snapshots.stream().map(value).toArray(String[]::new);
  }
}
