package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Reason;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.decision.Decisions.CurrentStatus;
import com.creditbridge.hold.policy.AccountCredit;
import com.creditbridge.hold.policy.AccountLedger;
import com.creditbridge.hold.policy.CreditDecision;
import com.creditbridge.hold.policy.CreditPolicy;
import com.creditbridge.hold.policy.CreditReason;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.platform.inbox.ConsumedEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Decides an account's credit status: evaluates the policy, stores the decision and, when the
 * status changed, records it in the history and announces it, all in one transaction.
 */
@Service
public class CreditDecisions {

  /** What made the service evaluate an account, as the decision history records it. */
  static final String LEDGER_SNAPSHOT = "ledger-snapshot";

  private static final Logger log = LoggerFactory.getLogger(CreditDecisions.class);

  private final CreditPolicy policy = new CreditPolicy();
  private final ConsumedEvents consumedEvents;
  private final AccountSnapshots snapshots;
  private final Decisions decisions;
  private final HoldEvents holdEvents;
  private final PolicyInForce policyInForce;
  private final TransactionalOperator transactions;
  private final Clock clock;

  CreditDecisions(
      ConsumedEvents consumedEvents,
      AccountSnapshots snapshots,
      Decisions decisions,
      HoldEvents holdEvents,
      PolicyInForce policyInForce,
      TransactionalOperator transactions,
      Clock clock) {
    this.consumedEvents = consumedEvents;
    this.snapshots = snapshots;
    this.decisions = decisions;
    this.holdEvents = holdEvents;
    this.policyInForce = policyInForce;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Applies a ledger snapshot: a redelivered event or a snapshot not newer than the stored one
   * changes nothing.
   *
   * @throws InvalidSnapshotException when the snapshot lacks what the policy needs
   */
  public Mono<Void> applySnapshot(CloudEvent<PaymentStatusChanged> event) {
    PaymentStatusChanged snapshot = event.data();
    AccountLedger ledger = Snapshots.ledgerOf(snapshot);
    Instant receivedAt = clock.instant();
    Mono<Void> apply =
        consumedEvents
            .markConsumed(Topics.PAYMENT_STATUS, event.id())
            .filter(
                firstTime -> {
                  if (!firstTime) {
                    log.debug("Ignored event {}: applied already", event.id());
                  }
                  return firstTime;
                })
            .flatMap(firstTime -> snapshots.storeIfNewer(snapshot, receivedAt))
            .flatMap(
                stored -> {
                  if (!stored) {
                    log.info(
                        "Ignored snapshot {} of account {}: ledger version {} is not newer",
                        event.id(),
                        snapshot.accountId(),
                        snapshot.ledgerVersion());
                    return Mono.empty();
                  }
                  return policyInForce
                      .current()
                      .flatMap(
                          version ->
                              decide(snapshot, ledger, version, LEDGER_SNAPSHOT, event.id()));
                });
    return transactions.transactional(apply);
  }

  /** Evaluates the account now; must run inside a transaction holding the account's snapshot. */
  private Mono<Void> decide(
      PaymentStatusChanged snapshot,
      AccountLedger ledger,
      PolicyVersion version,
      String trigger,
      String causeEventId) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, version.settings().timeZone());
    CreditDecision evaluation =
        policy.evaluate(AccountCredit.of(ledger), version.settings(), today);
    return decisions
        .lockCurrent(snapshot.accountId())
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            current -> {
              AccountDecision decision = decision(snapshot, version, evaluation, current, now);
              Mono<Void> save = decisions.saveCurrent(decision);
              if (!decision.changedStatus()) {
                return save;
              }
              log.info(
                  "Account {} is now {} (was {}), decision {}",
                  decision.accountId(),
                  decision.status(),
                  decision.previousStatus(),
                  decision.decisionId());
              return save.then(decisions.appendHistory(decision, trigger, causeEventId))
                  .then(holdEvents.announce(decision, snapshot));
            });
  }

  private static AccountDecision decision(
      PaymentStatusChanged snapshot,
      PolicyVersion version,
      CreditDecision evaluation,
      Optional<CurrentStatus> current,
      Instant now) {
    // an account seen the first time starts from CLEAR, so a first CLEAR snapshot announces nothing
    CreditStatus previous = current.map(CurrentStatus::status).orElse(CreditStatus.CLEAR);
    Instant since =
        current
            .filter(c -> c.status() == evaluation.status())
            .map(CurrentStatus::since)
            .orElse(now);
    CurrencyUnit unit = CurrencyUnit.of(snapshot.currency());
    return new AccountDecision(
        snapshot.accountId(),
        UUID.randomUUID().toString(),
        evaluation.status(),
        previous,
        since,
        evaluation.reasons().stream().map(CreditDecisions::wireReason).toList(),
        evaluation.projectedHoldOn(),
        evaluation.cureAmount(),
        evaluation.exposure(),
        unit.scaled(snapshot.creditLimit()),
        snapshot.currency(),
        version.number(),
        snapshot.ledgerVersion(),
        now,
        evaluation.nextTimeDrivenChange());
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
