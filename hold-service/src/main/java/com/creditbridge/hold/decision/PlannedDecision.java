package com.creditbridge.hold.decision;

import com.creditbridge.hold.policy.PromiseState;

/**
 * What one evaluation of an account decided and what must follow from it.
 *
 * @param viewChanged the evaluated view (status, reasons, figures, promise, owners) differs from
 *     the stored one: a history row and {@code credit.status.updated} follow
 * @param promiseNowClosed KEPT or BROKEN when the open promise reached that state in this
 *     evaluation; null otherwise
 */
record PlannedDecision(
    AccountInputs inputs,
    AccountDecision decision,
    boolean viewChanged,
    PromiseState promiseNowClosed) {

  boolean statusChanged() {
    return decision.changedStatus();
  }
}
