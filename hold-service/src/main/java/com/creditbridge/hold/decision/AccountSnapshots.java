package com.creditbridge.hold.decision;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.PaymentStatusChanged;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The newest ledger snapshot per account (table {@code account_snapshot}). */
@Repository
class AccountSnapshots {

  private final DatabaseClient db;

  AccountSnapshots(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Stores the snapshot unless one with the same or a newer ledger version is stored already; true
   * when stored. The row stays locked until the transaction ends, which serialises every evaluation
   * of the account.
   */
  Mono<Boolean> storeIfNewer(PaymentStatusChanged snapshot, Instant receivedAt) {
    return db.sql(
            """
            insert into account_snapshot
                (account_id, ledger_version, account_name, sales_rep_id, snapshot, received_at)
            values (:accountId, :ledgerVersion, :name, :salesRepId, cast(:snapshot as jsonb),
                    :receivedAt)
            on conflict (account_id) do update set
                ledger_version = excluded.ledger_version,
                account_name = excluded.account_name,
                sales_rep_id = excluded.sales_rep_id,
                snapshot = excluded.snapshot,
                received_at = excluded.received_at
            where account_snapshot.ledger_version < excluded.ledger_version
            """)
        .bind("accountId", snapshot.accountId())
        .bind("ledgerVersion", snapshot.ledgerVersion())
        .bind("name", Parameter.fromOrEmpty(snapshot.name(), String.class))
        .bind(
            "salesRepId",
            Parameter.fromOrEmpty(
                snapshot.salesRep() == null ? null : snapshot.salesRep().id(), String.class))
        .bind("snapshot", EventJson.mapper().writeValueAsString(snapshot))
        .bind("receivedAt", receivedAt)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows == 1);
  }
}
