package com.creditbridge.hold.decision;

import com.creditbridge.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Closes the re-evaluation after a policy change once no account is decided with an older version:
 * records it in {@code policy_reevaluation} and announces {@code credit.policy.reevaluated} with
 * the number of accounts whose status it changed, counted from the stored decisions (so a restart
 * half-way still counts the batches done before it). The row's insert (on conflict do nothing) and
 * the outbox message share one transaction: one event per version, whichever replica or pass closes
 * it. Only the version in force is closed: one replaced before its re-evaluation finished never is
 * (its accounts were re-evaluated with the newer one).
 */
@Repository
public class PolicyReevaluations {

  private static final Logger log = LoggerFactory.getLogger(PolicyReevaluations.class);

  private final DatabaseClient db;
  private final Outbox outbox;
  private final TransactionalOperator transactions;
  private final Clock clock;

  PolicyReevaluations(
      DatabaseClient db, Outbox outbox, TransactionalOperator transactions, Clock clock) {
    this.db = db;
    this.outbox = outbox;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Closes the stored version in force if its re-evaluation is done; true when this call did. */
  public Mono<Boolean> closeIfDone() {
    return db.sql(
            """
            select v.version from policy_version v
             where not exists (select 1 from policy_reevaluation r
                                where r.policy_version = v.version)
             order by v.version desc limit 1
            """)
        .map(row -> row.get("version", Long.class))
        .one()
        .flatMap(this::newest)
        .flatMap(this::close)
        .defaultIfEmpty(false);
  }

  /** The version, if it is still the newest (an older unclosed one was replaced). */
  private Mono<Long> newest(long version) {
    return db.sql("select max(version) as v from policy_version")
        .map(row -> row.get("v", Long.class))
        .one()
        .filter(newest -> newest == version);
  }

  private Mono<Boolean> close(long version) {
    Instant now = clock.instant();
    // read committed: a batch still re-evaluating holds its accounts at the older version until it
    // commits, so "none older" and the count of changes see the same committed batches
    Mono<Boolean> work =
        db.sql(
                """
                insert into policy_reevaluation (policy_version, changed_accounts, completed_at)
                select :version,
                       (select count(distinct account_id) from credit_decision
                         where trigger = 'policy' and status <> previous_status
                           and policy_version = :version),
                       :now
                 where not exists (select 1 from credit_status where policy_version < :version)
                on conflict do nothing
                returning changed_accounts
                """)
            .bind("version", version)
            .bind("now", now)
            .map(row -> row.get("changed_accounts", Integer.class))
            .one()
            .flatMap(changed -> announce(version, changed, now).thenReturn(true))
            .defaultIfEmpty(false);
    return transactions.transactional(work);
  }

  private Mono<Void> announce(long version, int changed, Instant now) {
    log.info(
        "Re-evaluation with policy version {} complete: {} accounts changed status",
        version,
        changed);
    return outbox.append(HoldEvents.policyReevaluated(version, changed, now));
  }
}
