package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.hold.policy.CreditGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the service holds about one account when it evaluates it: the newest snapshot, the stored
 * decision (null for an account never decided), the actions in force and, for a member of a credit
 * group, the group with the other members' ledgers (null otherwise).
 */
record AccountInputs(
    AccountSnapshot snapshot,
    Current current,
    OpenPromise promise,
    Hold manualHold,
    Override override,
    CreditGroup group) {

  AccountInputs(
      AccountSnapshot snapshot,
      Current current,
      OpenPromise promise,
      Hold manualHold,
      Override override) {
    this(snapshot, current, promise, manualHold, override, null);
  }

  AccountInputs withGroup(CreditGroup group) {
    return new AccountInputs(snapshot, current, promise, manualHold, override, group);
  }

  String accountId() {
    return snapshot.accountId();
  }

  /** The stored decision, as far as the next evaluation needs it. */
  record Current(CreditStatus status, Instant since, String fingerprint, long policyVersion) {}

  /** The account's OPEN or BROKEN promise. */
  record OpenPromise(
      String promiseId,
      BigDecimal amount,
      LocalDate promisedOn,
      String recordedBy,
      BigDecimal receivedBaseline,
      boolean broken) {

    /** Payments since the promise was recorded, from the snapshot's running total. */
    BigDecimal paidSince(CreditFacts credit) {
      return credit.receivedTotal().subtract(receivedBaseline).max(BigDecimal.ZERO);
    }
  }

  record Hold(String placedBy, String reason) {}

  record Override(String approvedBy, String reason, LocalDate until) {}
}
