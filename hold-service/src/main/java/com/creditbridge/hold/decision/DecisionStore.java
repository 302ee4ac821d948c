package com.creditbridge.hold.decision;

import com.creditbridge.hold.policy.PromiseState;
import com.creditbridge.hold.store.StoredJson;
import com.creditbridge.hold.store.StoredReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The current decision per account (table {@code credit_status}) and the history of changes of the
 * evaluated view (table {@code credit_decision}).
 */
@Repository
class DecisionStore {

  /**
   * One statement per batch: every column is an array parameter, unnested into rows, so storing a
   * thousand decisions is one round trip.
   */
  private static final String UPSERT =
      """
      insert into credit_status
          (account_id, decision_id, status, since, reasons, projected_hold_on, cure_amount,
           exposure, credit_limit, currency, policy_version, ledger_version, evaluated_at,
           next_evaluation_at, view_fingerprint)
      select u.account_id, u.decision_id, u.status, u.since::timestamptz, u.reasons::jsonb,
             u.projected_hold_on::date, u.cure_amount::numeric, u.exposure::numeric,
             u.credit_limit::numeric, u.currency, u.policy_version::bigint,
             u.ledger_version::bigint, u.evaluated_at::timestamptz,
             u.next_evaluation_at::timestamptz, u.view_fingerprint
      from unnest(:accountId::text[], :decisionId::text[], :status::text[], :since::text[],
                  :reasons::text[], :projectedHoldOn::text[], :cureAmount::text[],
                  :exposure::text[], :creditLimit::text[], :currency::text[],
                  :policyVersion::text[], :ledgerVersion::text[], :evaluatedAt::text[],
                  :nextEvaluationAt::text[], :fingerprint::text[])
           as u(account_id, decision_id, status, since, reasons, projected_hold_on, cure_amount,
                exposure, credit_limit, currency, policy_version, ledger_version, evaluated_at,
                next_evaluation_at, view_fingerprint)
      on conflict (account_id) do update set
          decision_id = excluded.decision_id,
          status = excluded.status,
          since = excluded.since,
          reasons = excluded.reasons,
          projected_hold_on = excluded.projected_hold_on,
          cure_amount = excluded.cure_amount,
          exposure = excluded.exposure,
          credit_limit = excluded.credit_limit,
          currency = excluded.currency,
          policy_version = excluded.policy_version,
          ledger_version = excluded.ledger_version,
          evaluated_at = excluded.evaluated_at,
          next_evaluation_at = excluded.next_evaluation_at,
          view_fingerprint = excluded.view_fingerprint
      """;

  private final DatabaseClient db;

  DecisionStore(DatabaseClient db) {
    this.db = db;
  }

  /** Stores the decisions as the accounts' current ones, in one statement. */
  Mono<Void> saveCurrent(List<AccountDecision> decisions) {
    if (decisions.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(UPSERT)
        .bind("accountId", column(decisions, AccountDecision::accountId))
        .bind("decisionId", column(decisions, AccountDecision::decisionId))
        .bind("status", column(decisions, d -> d.status().name()))
        .bind("since", column(decisions, AccountDecision::since))
        .bind("reasons", column(decisions, DecisionStore::reasons))
        .bind("projectedHoldOn", column(decisions, AccountDecision::projectedHoldOn))
        .bind("cureAmount", column(decisions, d -> plain(d.cureAmount())))
        .bind("exposure", column(decisions, d -> plain(d.exposure())))
        .bind("creditLimit", column(decisions, d -> plain(d.creditLimit())))
        .bind("currency", column(decisions, AccountDecision::currency))
        .bind("policyVersion", column(decisions, AccountDecision::policyVersion))
        .bind("ledgerVersion", column(decisions, AccountDecision::ledgerVersion))
        .bind("evaluatedAt", column(decisions, AccountDecision::evaluatedAt))
        .bind("nextEvaluationAt", column(decisions, AccountDecision::nextEvaluationAt))
        .bind("fingerprint", column(decisions, AccountDecision::fingerprint))
        .then();
  }

  /** One column of the batch as text; PostgreSQL casts it back (ISO dates and instants). */
  private static String[] column(
      List<AccountDecision> decisions, Function<AccountDecision, Object> value) {
    String[] column = new String[decisions.size()];
    for (int i = 0; i < column.length; i++) {
      Object v = value.apply(decisions.get(i));
      column[i] = v == null ? null : v.toString();
    }
    return column;
  }

  /** The reasons in their stored form (as the at-risk list and the history read them). */
  private static String reasons(AccountDecision decision) {
    return StoredJson.mapper()
        .writeValueAsString(decision.reasons().stream().map(StoredReason::of).toList());
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  /**
   * Records the evaluations that changed their account's view, with what triggered them and the
   * event that caused each (by account id; null for none), in one statement.
   */
  Mono<Void> appendHistory(
      List<AccountDecision> changed, String trigger, Function<String, String> causeEventIds) {
    if (changed.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(
            """
            insert into credit_decision
                (decision_id, account_id, status, previous_status, reasons, projected_hold_on,
                 cure_amount, exposure, credit_limit, currency, policy_version, ledger_version,
                 trigger, cause_event_id, evaluated_at)
            select u.decision_id, u.account_id, u.status, u.previous_status, u.reasons::jsonb,
                   u.projected_hold_on::date, u.cure_amount::numeric, u.exposure::numeric,
                   u.credit_limit::numeric, u.currency, u.policy_version::bigint,
                   u.ledger_version::bigint, :trigger, u.cause_event_id,
                   u.evaluated_at::timestamptz
            from unnest(:decisionId::text[], :accountId::text[], :status::text[],
                        :previousStatus::text[], :reasons::text[], :projectedHoldOn::text[],
                        :cureAmount::text[], :exposure::text[], :creditLimit::text[],
                        :currency::text[], :policyVersion::text[], :ledgerVersion::text[],
                        :evaluatedAt::text[], :causeEventId::text[])
                 with ordinality as u(decision_id, account_id, status, previous_status, reasons,
                      projected_hold_on, cure_amount, exposure, credit_limit, currency,
                      policy_version, ledger_version, evaluated_at, cause_event_id, n)
            order by u.n
            """)
        .bind("decisionId", column(changed, AccountDecision::decisionId))
        .bind("accountId", column(changed, AccountDecision::accountId))
        .bind("status", column(changed, d -> d.status().name()))
        .bind("previousStatus", column(changed, d -> d.previousStatus().name()))
        .bind("reasons", column(changed, DecisionStore::reasons))
        .bind("projectedHoldOn", column(changed, AccountDecision::projectedHoldOn))
        .bind("cureAmount", column(changed, d -> plain(d.cureAmount())))
        .bind("exposure", column(changed, d -> plain(d.exposure())))
        .bind("creditLimit", column(changed, d -> plain(d.creditLimit())))
        .bind("currency", column(changed, AccountDecision::currency))
        .bind("policyVersion", column(changed, AccountDecision::policyVersion))
        .bind("ledgerVersion", column(changed, AccountDecision::ledgerVersion))
        .bind("evaluatedAt", column(changed, AccountDecision::evaluatedAt))
        .bind("trigger", trigger)
        .bind("causeEventId", column(changed, d -> causeEventIds.apply(d.accountId())))
        .then();
  }

  /** Marks the open promise KEPT or BROKEN. */
  Mono<Void> closePromise(String promiseId, PromiseState state, Instant at) {
    return db.sql(
            "update promise set state = :state, closed_at = :at"
                + " where promise_id = :id and state = 'OPEN'")
        .bindValues(Map.of("state", state.name(), "at", at, "id", promiseId))
        .then();
  }
}
