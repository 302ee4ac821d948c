package com.creditbridge.hold.action;

import com.creditbridge.hold.action.ActionOutcomes.UnknownAccount;
import com.creditbridge.hold.action.ActionStore.LockedAccount;
import com.creditbridge.hold.decision.Announced;
import com.creditbridge.hold.decision.CreditDecisionService;
import com.creditbridge.hold.decision.PolicyInForce;
import com.creditbridge.hold.decision.Trigger;
import com.creditbridge.hold.policy.PolicyVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Runs one action in one transaction: lock the account (the lock evaluations take first), apply the
 * action with the policy in force, then re-evaluate the account, which announces any change through
 * the outbox. A refusal rolls everything back and becomes the action's outcome.
 */
@Component
class ActionTransaction {

  private final ActionStore store;
  private final CreditDecisionService decisions;
  private final PolicyInForce policy;
  private final TransactionalOperator transactions;
  private final Clock clock;

  ActionTransaction(
      ActionStore store,
      CreditDecisionService decisions,
      PolicyInForce policy,
      TransactionalOperator transactions,
      Clock clock) {
    this.store = store;
    this.decisions = decisions;
    this.policy = policy;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** What an action works with: the locked account, the policy in force and the time. */
  record Context(LockedAccount account, PolicyVersion policy, Instant now, LocalDate today) {}

  /**
   * Runs the action and re-evaluates the account; the metrics are recorded once it commits.
   *
   * @param action ends with its outcome, or with {@link #refuse} to roll back
   */
  <O> Mono<O> run(String accountId, Function<Context, Mono<O>> action) {
    Mono<Done<O>> work =
        lock(accountId)
            .flatMap(
                account ->
                    policy
                        .current()
                        .flatMap(
                            version -> {
                              Instant now = clock.instant();
                              LocalDate today =
                                  LocalDate.ofInstant(now, version.settings().timeZone());
                              return action.apply(new Context(account, version, now, today));
                            }))
            .flatMap(
                outcome ->
                    decisions
                        .reevaluateLocked(accountId, Trigger.ACTION, null)
                        .map(announced -> new Done<>(outcome, announced)));
    return refusalsAsOutcomes(
        transactions
            .transactional(work)
            .doOnNext(done -> decisions.committed(Trigger.ACTION, done.announced()))
            .map(Done::outcome));
  }

  /** Runs the action on the locked account without re-evaluating it. */
  <O> Mono<O> runWithoutEvaluation(String accountId, Function<LockedAccount, Mono<O>> action) {
    return refusalsAsOutcomes(transactions.transactional(lock(accountId).flatMap(action)));
  }

  /** Ends the action with this outcome and rolls its transaction back. */
  static <O> Mono<O> refuse(Object outcome) {
    return Mono.error(new Refusal(outcome));
  }

  private Mono<LockedAccount> lock(String accountId) {
    return store.lockAccount(accountId).switchIfEmpty(refuse(new UnknownAccount(accountId)));
  }

  @SuppressWarnings("unchecked")
  private static <O> Mono<O> refusalsAsOutcomes(Mono<O> action) {
    return action.onErrorResume(Refusal.class, refusal -> Mono.just((O) refusal.outcome));
  }

  /** Carries a refusal out of the transaction, which rolls back on it; no stack trace needed. */
  private static final class Refusal extends RuntimeException {
    private final transient Object outcome;

    Refusal(Object outcome) {
      super(null, null, false, false);
      this.outcome = outcome;
    }
  }

  private record Done<O>(O outcome, List<Announced> announced) {}
}
