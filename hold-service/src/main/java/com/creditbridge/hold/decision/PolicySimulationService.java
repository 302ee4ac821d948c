package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Reason;
import com.creditbridge.hold.policy.PolicySettings;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.hold.wording.WordingInForce;
import com.creditbridge.platform.wording.Wording;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * What a policy would do to every account today, changing nothing: pages through the accounts by id
 * (bounded memory), evaluates each with the proposed settings and compares with its stored status.
 * Lists the first {@code limit} changes and counts all of them.
 */
@Service
public class PolicySimulationService {

  private static final int PAGE = 1000;

  private final AccountInputStore inputs;
  private final CreditGroupStore groups;
  private final PolicyInForce policy;
  private final WordingInForce wordings;
  private final Clock clock;

  PolicySimulationService(
      AccountInputStore inputs,
      CreditGroupStore groups,
      PolicyInForce policy,
      WordingInForce wordings,
      Clock clock) {
    this.inputs = inputs;
    this.groups = groups;
    this.policy = policy;
    this.wordings = wordings;
    this.clock = clock;
  }

  public Mono<Result> simulate(PolicySettings proposed, int limit) {
    Instant now = clock.instant();
    return Mono.zip(policy.current(), wordings.current())
        .flatMap(
            inForce -> {
              PolicyVersion current = inForce.getT1();
              PolicyVersion candidate = new PolicyVersion(current.number() + 1, proposed);
              Tally tally = new Tally(limit, inForce.getT2());
              return inputs
                  .page("", PAGE)
                  .collectList()
                  .flatMap(groups::withGroups)
                  .expand(
                      page ->
                          page.size() < PAGE
                              ? Mono.empty()
                              : inputs
                                  .page(page.get(page.size() - 1).accountId(), PAGE)
                                  .collectList()
                                  .flatMap(groups::withGroups))
                  .doOnNext(page -> page.forEach(account -> tally.add(account, candidate, now)))
                  .then(Mono.fromSupplier(() -> tally.result(current.number(), now)));
            });
  }

  /** Counts as it goes; keeps only the first changes. */
  private static final class Tally {
    private final int limit;
    private final Wording wording;
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Long> transitions = new TreeMap<>();
    private long evaluated;
    private long changed;

    Tally(int limit, Wording wording) {
      this.limit = limit;
      this.wording = wording;
    }

    void add(AccountInputs account, PolicyVersion candidate, Instant now) {
      evaluated++;
      AccountDecision decision = DecisionPlanner.plan(account, candidate, now).decision();
      CreditStatus from =
          account.current() == null ? CreditStatus.CLEAR : account.current().status();
      if (from == decision.status()) {
        return;
      }
      changed++;
      transitions.merge(from + "->" + decision.status(), 1L, Long::sum);
      if (changes.size() < limit) {
        changes.add(
            new Change(
                account.accountId(),
                account.snapshot().contacts().accountName(),
                account.snapshot().contacts().salesRep() == null
                    ? null
                    : account.snapshot().contacts().salesRep().id(),
                from,
                decision.status(),
                HoldEvents.reasons(decision, wording),
                decision.projectedHoldOn() == null ? null : decision.projectedHoldOn().toString()));
      }
    }

    Result result(long versionInForce, Instant at) {
      return new Result(
          versionInForce, at, evaluated, changed, transitions, changes, changed > changes.size());
    }
  }

  /**
   * The simulation's answer.
   *
   * @param transitions how many accounts would move, by {@code FROM->TO}
   * @param changes the first accounts that would change, by account id
   * @param truncated true when more accounts change than {@code changes} lists
   */
  public record Result(
      long policyVersionInForce,
      Instant evaluatedAt,
      long accountsEvaluated,
      long accountsChanging,
      Map<String, Long> transitions,
      List<Change> changes,
      boolean truncated) {}

  /** One account that would change status, with the reasons it would then have. */
  public record Change(
      String accountId,
      String accountName,
      String salesRepId,
      CreditStatus from,
      CreditStatus to,
      List<Reason> reasons,
      String projectedHoldOn) {}
}
