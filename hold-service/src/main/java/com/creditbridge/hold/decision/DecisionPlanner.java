package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.PromiseSummary;
import com.creditbridge.contracts.Reason;
import com.creditbridge.hold.policy.AccountCredit;
import com.creditbridge.hold.policy.CreditDecision;
import com.creditbridge.hold.policy.CreditOverride;
import com.creditbridge.hold.policy.CreditPolicy;
import com.creditbridge.hold.policy.CreditReason;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.ManualHold;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.hold.policy.PromiseState;
import com.creditbridge.hold.policy.PromiseToPay;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns stored inputs into a decision: builds the policy's input, evaluates it, and compares the
 * outcome with the stored decision. No I/O, so the re-evaluation of many accounts costs no round
 * trip per account here.
 */
final class DecisionPlanner {

  private static final CreditPolicy POLICY = new CreditPolicy();

  private DecisionPlanner() {}

  static Evaluation plan(AccountInputs inputs, PolicyVersion version, Instant now) {
    PaymentStatusChanged snapshot = inputs.snapshot();
    LocalDate today = LocalDate.ofInstant(now, version.settings().timeZone());
    PromiseToPay promise = promiseOf(inputs);
    CreditDecision evaluation =
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
    PromiseSummary summary =
        promise == null || evaluation.promiseState() != PromiseState.ACTIVE
            ? null
            : new PromiseSummary(
                promise.promiseId(),
                promise.amount(),
                promise.promisedOn(),
                promise.graceEndsOn(version.settings()),
                promise.paidSoFar(),
                promise.recordedBy());
    CurrencyUnit unit = CurrencyUnit.of(snapshot.currency());
    AccountDecision decision =
        new AccountDecision(
            snapshot.accountId(),
            UUID.randomUUID().toString(),
            evaluation.status(),
            previous,
            since,
            evaluation.reasons().stream().map(DecisionPlanner::wireReason).toList(),
            evaluation.projectedHoldOn(),
            evaluation.cureAmount(),
            evaluation.exposure(),
            unit.scaled(snapshot.creditLimit()),
            snapshot.currency(),
            version.number(),
            snapshot.ledgerVersion(),
            now,
            evaluation.nextTimeDrivenChange(),
            summary == null ? null : scaled(summary, unit),
            fingerprint(evaluation, summary, snapshot),
            snapshot);
    boolean viewChanged = current == null || !current.fingerprint().equals(decision.fingerprint());
    return new Evaluation(inputs, decision, viewChanged, promiseNowClosed);
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
        open.paidSince(inputs.snapshot()),
        open.recordedBy(),
        open.broken());
  }

  private static AccountCredit creditOf(AccountInputs inputs, PromiseToPay promise) {
    AccountCredit credit =
        AccountCredit.of(Snapshots.ledgerOf(inputs.snapshot())).withPromise(promise);
    if (inputs.manualHold() != null) {
      credit =
          credit.withManualHold(
              new ManualHold(inputs.manualHold().placedBy(), inputs.manualHold().reason()));
    }
    if (inputs.override() != null) {
      AccountInputs.Override o = inputs.override();
      credit = credit.withOverride(new CreditOverride(o.approvedBy(), o.reason(), o.until()));
    }
    return credit;
  }

  private static PromiseSummary scaled(PromiseSummary summary, CurrencyUnit unit) {
    return new PromiseSummary(
        summary.promiseId(),
        unit.scaled(summary.amount()),
        summary.promisedOn(),
        summary.graceEndsOn(),
        unit.scaled(summary.paidSoFar()),
        summary.recordedBy());
  }

  /**
   * The view without what drifts every day (days past due in the sentences) or with every ledger
   * event (exposure alone): status, reasons by code, invoice and amount, cure, projection, promise,
   * owners.
   */
  static String fingerprint(
      CreditDecision evaluation, PromiseSummary promise, PaymentStatusChanged snapshot) {
    String reasons =
        evaluation.reasons().stream()
            .map(r -> r.code() + "/" + r.invoiceId() + "/" + plain(r.amount()))
            .collect(Collectors.joining(","));
    String view =
        String.join(
            "|",
            evaluation.status().name(),
            reasons,
            plain(evaluation.cureAmount()),
            String.valueOf(evaluation.projectedHoldOn()),
            promise == null ? "-" : promise.promiseId() + "/" + plain(promise.paidSoFar()),
            Objects.toString(snapshot.name()),
            party(snapshot.salesRep()),
            party(snapshot.creditAnalyst()),
            party(snapshot.salesManager()),
            Objects.toString(snapshot.segment()));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(view.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String party(Party party) {
    return party == null ? "-" : party.id() + "/" + party.name() + "/" + party.email();
  }

  private static String plain(java.math.BigDecimal amount) {
    return amount == null ? "-" : amount.stripTrailingZeros().toPlainString();
  }

  private static Reason wireReason(CreditReason reason) {
    return new Reason(
        reason.code().name(),
        reason.message(),
        reason.invoiceId(),
        reason.daysPastDue(),
        reason.amount());
  }
}
