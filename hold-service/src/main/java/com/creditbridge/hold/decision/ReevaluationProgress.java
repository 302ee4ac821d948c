package com.creditbridge.hold.decision;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * How far the re-evaluation after a policy change has got: the accounts whose stored decision is
 * from an older policy version. Counted on the index {@code credit_status (policy_version,
 * account_id)} that the re-evaluation claims its batches by, so it costs an index range, and
 * nothing once every account is done.
 */
@Repository
public class ReevaluationProgress {

  private final DatabaseClient db;

  ReevaluationProgress(DatabaseClient db) {
    this.db = db;
  }

  /** Accounts still decided with a policy version older than {@code version}. */
  public Mono<Long> pendingAccounts(long version) {
    return db.sql("select count(*) as n from credit_status where policy_version < :version")
        .bind("version", version)
        .map(row -> row.get("n", Long.class))
        .one();
  }
}
