package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The current decision per account (table {@code credit_status}) and the history of status changes
 * (table {@code credit_decision}).
 */
@Repository
class Decisions {

  private final DatabaseClient db;

  Decisions(DatabaseClient db) {
    this.db = db;
  }

  /** The account's current status, locked for this transaction; empty for a new account. */
  Mono<CurrentStatus> lockCurrent(String accountId) {
    return db.sql(
            "select status, since from credit_status where account_id = :accountId for update")
        .bind("accountId", accountId)
        .map(
            row ->
                new CurrentStatus(
                    CreditStatus.valueOf(row.get("status", String.class)),
                    row.get("since", Instant.class)))
        .one();
  }

  Mono<Void> saveCurrent(AccountDecision decision) {
    GenericExecuteSpec insert =
        db.sql(
            """
            insert into credit_status
                (account_id, decision_id, status, since, reasons, projected_hold_on, cure_amount,
                 exposure, credit_limit, currency, policy_version, ledger_version, evaluated_at,
                 next_evaluation_at)
            values (:accountId, :decisionId, :status, :since, cast(:reasons as jsonb),
                    :projectedHoldOn, :cureAmount, :exposure, :creditLimit, :currency,
                    :policyVersion, :ledgerVersion, :evaluatedAt, :nextEvaluationAt)
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
                next_evaluation_at = excluded.next_evaluation_at
            """);
    return bindFigures(insert, decision)
        .bind("since", decision.since())
        .bind("ledgerVersion", decision.ledgerVersion())
        .bind("nextEvaluationAt", Parameter.fromOrEmpty(decision.nextEvaluationAt(), Instant.class))
        .then();
  }

  /**
   * Records an evaluation that changed the account's status, with what triggered it, for the
   * account's timeline.
   */
  Mono<Void> appendHistory(AccountDecision decision, String trigger, String causeEventId) {
    GenericExecuteSpec insert =
        db.sql(
            """
            insert into credit_decision
                (decision_id, account_id, status, previous_status, reasons, projected_hold_on,
                 cure_amount, exposure, credit_limit, currency, policy_version, ledger_version,
                 trigger, cause_event_id, evaluated_at)
            values (:decisionId, :accountId, :status, :previousStatus, cast(:reasons as jsonb),
                    :projectedHoldOn, :cureAmount, :exposure, :creditLimit, :currency,
                    :policyVersion, :ledgerVersion, :trigger, :causeEventId, :evaluatedAt)
            """);
    return bindFigures(insert, decision)
        .bind("previousStatus", decision.previousStatus().name())
        .bind("ledgerVersion", decision.ledgerVersion())
        .bind("trigger", trigger)
        .bind("causeEventId", Parameter.fromOrEmpty(causeEventId, String.class))
        .then();
  }

  private static GenericExecuteSpec bindFigures(GenericExecuteSpec spec, AccountDecision decision) {
    return spec.bind("accountId", decision.accountId())
        .bind("decisionId", decision.decisionId())
        .bind("status", decision.status().name())
        .bind("reasons", EventJson.mapper().writeValueAsString(decision.reasons()))
        .bind("projectedHoldOn", Parameter.fromOrEmpty(decision.projectedHoldOn(), LocalDate.class))
        .bind("cureAmount", Parameter.fromOrEmpty(decision.cureAmount(), BigDecimal.class))
        .bind("exposure", decision.exposure())
        .bind("creditLimit", Parameter.fromOrEmpty(decision.creditLimit(), BigDecimal.class))
        .bind("currency", decision.currency())
        .bind("policyVersion", decision.policyVersion())
        .bind("evaluatedAt", decision.evaluatedAt());
  }

  /** What a new evaluation needs to know of the previous one. */
  record CurrentStatus(CreditStatus status, Instant since) {}
}
