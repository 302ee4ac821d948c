package com.creditbridge.hold.decision;

import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.platform.inbox.ConsumedEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
public class CreditDecisionService {

  private static final Logger log = LoggerFactory.getLogger(CreditDecisionService.class);

  private final ConsumedEvents consumed;
  private final AccountSnapshotStore snapshots;
  private final AccountInputStore inputs;
  private final CreditGroupStore groups;
  private final DecisionWriter writer;
  private final PolicyInForce policyInForce;
  private final TransactionalOperator transactions;
  private final DecisionMetrics metrics;
  private final Clock clock;

  CreditDecisionService(
      ConsumedEvents consumed,
      AccountSnapshotStore snapshots,
      AccountInputStore inputs,
      CreditGroupStore groups,
      DecisionWriter writer,
      PolicyInForce policyInForce,
      TransactionalOperator transactions,
      DecisionMetrics metrics,
      Clock clock) {
    this.consumed = consumed;
    this.snapshots = snapshots;
    this.inputs = inputs;
    this.groups = groups;
    this.writer = writer;
    this.policyInForce = policyInForce;
    this.transactions = transactions;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Applies ledger snapshots in one transaction: a redelivered event or a snapshot not newer than
   * the stored one changes nothing. Several snapshots of one account are applied one after the
   * other, in their order, each as if it had come alone (so every transition between them is
   * announced); snapshots of different accounts are decided side by side, a round of at most one
   * snapshot per account at a time, with a fixed number of statements per round.
   */
  Mono<Void> applySnapshots(List<ReceivedSnapshot> events) {
    Mono<List<Announced>> apply =
        policyInForce
            .current()
            .flatMap(
                version ->
                    Flux.fromIterable(Rounds.of(events, ReceivedSnapshot::accountId))
                        .concatMap(round -> applyRound(round, version))
                        .flatMapIterable(announced -> announced)
                        .collectList());
    return transactions
        .transactional(apply)
        .doOnNext(announced -> metrics.committed(Trigger.SNAPSHOT, announced))
        .then();
  }

  private Mono<List<Announced>> applyRound(List<ReceivedSnapshot> round, PolicyVersion version) {
    Instant receivedAt = clock.instant();
    return consumed
        .fresh(Topics.PAYMENT_STATUS, round, ReceivedSnapshot::eventId)
        .flatMap(
            fresh -> {
              Map<String, ReceivedSnapshot> byAccount = new HashMap<>();
              fresh.forEach(event -> byAccount.put(event.accountId(), event));
              List<AccountSnapshot> snapshotsOfRound =
                  fresh.stream().map(ReceivedSnapshot::snapshot).toList();
              // group locks before account locks, in every transaction that takes both
              return groups
                  .lockAndUpdate(snapshotsOfRound)
                  .flatMap(
                      affectedGroups ->
                          snapshots
                              .storeIfNewer(snapshotsOfRound, receivedAt)
                              .collect(Collectors.toSet())
                              .flatMap(
                                  stored ->
                                      decideStored(
                                          fresh, stored, affectedGroups, byAccount, version)));
            });
  }

  /**
   * Decides the accounts whose snapshot was stored and every member of the groups they were or are
   * in (their group's exposure or limit may have changed); the other members have no event of their
   * own in the poll.
   */
  private Mono<List<Announced>> decideStored(
      List<ReceivedSnapshot> fresh,
      Set<String> stored,
      Set<String> affectedGroups,
      Map<String, ReceivedSnapshot> byAccount,
      PolicyVersion version) {
    fresh.stream()
        .filter(event -> !stored.contains(event.accountId()))
        .forEach(
            event ->
                log.info(
                    "Ignored snapshot {} of account {}: ledger version {} is not newer",
                    event.eventId(),
                    event.accountId(),
                    event.snapshot().ledgerVersion()));
    if (stored.isEmpty()) {
      return Mono.just(List.of());
    }
    return inputs
        .lock(stored, affectedGroups)
        .collectList()
        .flatMap(groups::withGroups)
        .flatMap(
            locked ->
                writer.write(
                    locked,
                    version,
                    Trigger.SNAPSHOT,
                    accountId -> {
                      ReceivedSnapshot own = byAccount.get(accountId);
                      return own == null ? null : own.eventId();
                    },
                    clock.instant()));
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
                    .flatMap(groups::withGroups)
                    .flatMap(
                        locked ->
                            writer.write(
                                locked, version, trigger, account -> cause, clock.instant())));
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
                        .flatMap(groups::withGroups)
                        .flatMap(
                            claimed ->
                                writer.write(
                                    claimed,
                                    version,
                                    trigger,
                                    accountId -> null,
                                    clock.instant())));
    return transactions
        .transactional(work)
        .doOnNext(announced -> metrics.committed(trigger, announced))
        .map(List::size)
        .defaultIfEmpty(0);
  }
}
