package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.hold.policy.CreditReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One evaluation of an account as the service stores and announces it. Amounts have the currency's
 * scale.
 *
 * @param decisionId unique per evaluation; also the id of the hold event it may emit
 * @param previousStatus the status before this evaluation (CLEAR for an account seen the first
 *     time)
 * @param since when the account entered {@code status}
 * @param nextEvaluationAt when time alone would change the decision; null when it never would
 * @param promise the open promise to pay, or null
 * @param fingerprint what the evaluated view looks like, to tell whether it changed
 */
record AccountDecision(
    String accountId,
    String decisionId,
    CreditStatus status,
    CreditStatus previousStatus,
    Instant since,
    List<CreditReason> reasons,
    LocalDate projectedHoldOn,
    BigDecimal cureAmount,
    BigDecimal exposure,
    BigDecimal creditLimit,
    String currency,
    long policyVersion,
    long ledgerVersion,
    Instant evaluatedAt,
    Instant nextEvaluationAt,
    ActivePromise promise,
    String fingerprint) {

  boolean changedStatus() {
    return status != previousStatus;
  }

  /** The promise to pay still running, with the currency's scale. */
  record ActivePromise(
      String promiseId,
      BigDecimal amount,
      LocalDate promisedOn,
      LocalDate graceEndsOn,
      BigDecimal paidSoFar,
      String recordedBy) {}
}
