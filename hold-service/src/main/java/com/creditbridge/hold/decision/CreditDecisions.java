package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.platform.inbox.ConsumedEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Decides accounts' credit status: evaluates the policy, stores the decisions and, where the view
 * changed, records them in the history and the timeline and announces them through the outbox, all
 * in the transaction that holds the accounts' locks.
 */
@Service
public class CreditDecisions {

  private static final Logger log = LoggerFactory.getLogger(CreditDecisions.class);

  private final ConsumedEvents consumedEvents;
  private final AccountSnapshots snapshots;
  private final EvaluationInputs inputs;
  private final DecisionWriter writer;
  private final PolicyInForce policyInForce;
  private final TransactionalOperator transactions;
  private final DecisionMetrics metrics;
  private final Clock clock;

  CreditDecisions(
      ConsumedEvents consumedEvents,
      AccountSnapshots snapshots,
      EvaluationInputs inputs,
      DecisionWriter writer,
      PolicyInForce policyInForce,
      TransactionalOperator transactions,
      DecisionMetrics metrics,
      Clock clock) {
    this.consumedEvents = consumedEvents;
    this.snapshots = snapshots;
    this.inputs = inputs;
    this.writer = writer;
    this.policyInForce = policyInForce;
    this.transactions = transactions;
    this.metrics = metrics;
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
    Snapshots.ledgerOf(snapshot); // fails fast on a snapshot the policy cannot read
    Instant receivedAt = clock.instant();
    Mono<List<Announced>> apply =
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
                  return reevaluateLocked(snapshot.accountId(), Trigger.SNAPSHOT, event.id());
                });
    return transactions
        .transactional(apply)
        .doOnNext(announced -> metrics.committed(Trigger.SNAPSHOT, announced))
        .then();
  }

  /**
   * Locks and evaluates one account inside the caller's transaction, after an action changed its
   * inputs. The caller reports the result to {@link #committed} once its transaction commits.
   */
  public Mono<List<Announced>> reevaluateLocked(String accountId, Trigger trigger, String cause) {
    return policyInForce
        .current()
        .flatMap(
            version ->
                inputs
                    .lock(accountId)
                    .collectList()
                    .flatMap(
                        locked -> writer.write(locked, version, trigger, cause, clock.instant())));
  }

  /** Records the metrics of evaluations whose transaction has committed. */
  public void committed(Trigger trigger, List<Announced> announced) {
    metrics.committed(trigger, announced);
  }

  /**
   * Re-evaluates one batch of accounts whose next time-driven change is due, in one transaction;
   * returns how many it evaluated.
   */
  Mono<Integer> reevaluateDue(int batchSize) {
    return batch(Trigger.SCHEDULE, version -> inputs.claimDue(clock.instant(), batchSize));
  }

  /**
   * Re-evaluates one batch of accounts last evaluated with an older policy version, in one
   * transaction; returns how many it evaluated.
   */
  Mono<Integer> reevaluateOutdated(int batchSize) {
    return batch(Trigger.POLICY, version -> inputs.claimOutdated(version.number(), batchSize));
  }

  private Mono<Integer> batch(Trigger trigger, Function<PolicyVersion, Flux<AccountInputs>> claim) {
    Mono<List<Announced>> work =
        policyInForce
            .current()
            .flatMap(
                version ->
                    claim
                        .apply(version)
                        .collectList()
                        .flatMap(
                            claimed ->
                                writer.write(claimed, version, trigger, null, clock.instant())));
    return transactions
        .transactional(work)
        .doOnNext(announced -> metrics.committed(trigger, announced))
        .map(List::size)
        .defaultIfEmpty(0);
  }
}
