package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.hold.policy.AccountCredit;
import com.creditbridge.hold.policy.CreditOverride;
import com.creditbridge.hold.policy.CreditPolicy;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.ManualHold;
import com.creditbridge.hold.policy.PolicyOutcome;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.hold.policy.PromiseState;
import com.creditbridge.hold.policy.PromiseToPay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Turns stored inputs into a decision: builds the policy's input, evaluates it, and compares the
 * outcome with the stored decision. No I/O, so the re-evaluation of many accounts costs no round
 * trip per account here.
 */
final class DecisionPlanner {

  private static final CreditPolicy POLICY = new CreditPolicy();

  private DecisionPlanner() {}

  static PlannedDecision plan(AccountInputs inputs, PolicyVersion version, Instant now) {
    AccountSnapshot snapshot = inputs.snapshot();
    CreditFacts credit = snapshot.credit();
    LocalDate today = LocalDate.ofInstant(now, version.settings().timeZone());
    PromiseToPay promise = promiseOf(inputs);
    PolicyOutcome evaluation =
        POLICY.evaluate(creditOf(inputs, promise), version.settings(), today);

    AccountInputs.Current current = inputs.current();
    // an account seen the first time starts from CLEAR, so a first CLEAR snapshot announces nothing
    CreditStatus previous = current == null ? CreditStatus.CLEAR : current.status();
    Instant since =
        current != null && current.status() == evaluation.status() ? current.since() : now;
    PromiseState promiseNowClosed =
        promise != null
                && !promise.broken()
                && (evaluation.promiseState() == PromiseState.KEPT
                    || evaluation.promiseState() == PromiseState.BROKEN)
            ? evaluation.promiseState()
            : null;
    CurrencyUnit unit = CurrencyUnit.of(credit.currency());
    AccountDecision.ActivePromise active =
        promise == null || evaluation.promiseState() != PromiseState.ACTIVE
            ? null
            : new AccountDecision.ActivePromise(
                promise.promiseId(),
                unit.scaled(promise.amount()),
                promise.promisedOn(),
                promise.graceEndsOn(version.settings()),
                unit.scaled(promise.paidSoFar()),
                promise.recordedBy());
    String fingerprint = ViewFingerprint.of(evaluation, active, credit.segment());
    AccountDecision decision =
        new AccountDecision(
            snapshot.accountId(),
            UUID.randomUUID().toString(),
            evaluation.status(),
            previous,
            since,
            evaluation.reasons(),
            evaluation.projectedHoldOn(),
            evaluation.cureAmount(),
            evaluation.exposure(),
            unit.scaled(credit.creditLimit()),
            credit.currency(),
            version.number(),
            snapshot.ledgerVersion(),
            now,
            evaluation.nextTimeDrivenChange(),
            active,
            fingerprint);
    boolean viewChanged =
        current == null
            || !ViewFingerprint.same(
                current.fingerprint(),
                fingerprint,
                evaluation,
                active,
                credit,
                snapshot.contacts());
    return new PlannedDecision(inputs, decision, viewChanged, promiseNowClosed);
  }

  /** The promise as the policy sees it, or null. */
  static PromiseToPay promiseOf(AccountInputs inputs) {
    AccountInputs.OpenPromise open = inputs.promise();
    if (open == null) {
      return null;
    }
    return new PromiseToPay(
        open.promiseId(),
        open.amount(),
        open.promisedOn(),
        open.paidSince(inputs.snapshot().credit()),
        open.recordedBy(),
        open.broken());
  }

  static AccountCredit creditOf(AccountInputs inputs, PromiseToPay promise) {
    AccountCredit credit =
        AccountCredit.of(inputs.snapshot().credit().ledger()).withPromise(promise);
    if (inputs.manualHold() != null) {
      credit =
          credit.withManualHold(
              new ManualHold(inputs.manualHold().placedBy(), inputs.manualHold().reason()));
    }
    if (inputs.override() != null) {
      AccountInputs.Override o = inputs.override();
      credit = credit.withOverride(new CreditOverride(o.approvedBy(), o.reason(), o.until()));
    }
    return credit.withGroup(inputs.group());
  }
}
