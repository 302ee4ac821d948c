package com.creditbridge.hold.policyweb;

import com.creditbridge.hold.HoldProperties;
import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.decision.PolicyInForce;
import com.creditbridge.hold.decision.PolicySimulationService;
import com.creditbridge.hold.decision.ReevaluationProgress;
import com.creditbridge.hold.decision.TimeDrivenReevaluation;
import com.creditbridge.hold.policy.PolicyDraft;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.platform.access.CreditAuthority;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.time.Clock;
import java.util.List;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The versioned policy. A PUT stores a new version; every account is then re-evaluated in the
 * background, in batches, by {@link TimeDrivenReevaluation} (accounts still on an older version are
 * picked up until none is left, also after a restart).
 */
@RestController
class PolicyController {

  private final PolicyInForce policy;
  private final PolicySimulationService simulation;
  private final TimeDrivenReevaluation reevaluation;
  private final ReevaluationProgress progress;
  private final TransactionalOperator transactions;
  private final HoldProperties properties;
  private final Clock clock;

  PolicyController(
      PolicyInForce policy,
      PolicySimulationService simulation,
      TimeDrivenReevaluation reevaluation,
      ReevaluationProgress progress,
      TransactionalOperator transactions,
      HoldProperties properties,
      Clock clock) {
    this.policy = policy;
    this.simulation = simulation;
    this.reevaluation = reevaluation;
    this.progress = progress;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  @GetMapping("/api/v1/policy")
  Mono<PolicyView> current(ServerWebExchange exchange) {
    requireCreditRole(Viewers.of(exchange));
    return policy.current().flatMap(this::view);
  }

  /** The role is checked before the body is read: a person who may not change it learns nothing. */
  @PutMapping("/api/v1/policy")
  Mono<PolicyView> change(@RequestBody Mono<PolicyDraft> body, ServerWebExchange exchange) {
    if (!CreditAuthority.mayChangePolicy(Viewers.of(exchange))) {
      throw VisibleAccounts.forbidden("Only a credit manager changes the policy.");
    }
    return body.flatMap(
        draft -> {
          require(draft);
          return transactions
              .transactional(policy.store(draft.toSettings(), clock.instant()))
              .doOnNext(stored -> reevaluation.wakeUp())
              .flatMap(this::view);
        });
  }

  private Mono<PolicyView> view(PolicyVersion version) {
    return progress
        .pendingAccounts(version.number())
        .map(pending -> PolicyView.of(version, pending));
  }

  @PostMapping("/api/v1/policy/simulate")
  Mono<PolicySimulationService.Result> simulate(
      @RequestBody Mono<SimulationRequest> body, ServerWebExchange exchange) {
    requireCreditRole(Viewers.of(exchange));
    return body.flatMap(
        request -> {
          if (request.policy() == null) {
            throw ApiProblem.badRequest(
                "The request has invalid fields.",
                List.of(new FieldProblem("policy", "is required")));
          }
          require(request.policy());
          return simulation.simulate(
              request.policy().toSettings(), properties.simulationChangesLimit());
        });
  }

  /**
   * The policy is credit's: a signed-in person without a credit role neither reads nor tries it.
   */
  private static void requireCreditRole(Viewer viewer) {
    if (!CreditAuthority.mayDecideCredit(viewer)) {
      throw VisibleAccounts.forbidden(
          "Only a credit manager or credit analyst reads or simulates the policy.");
    }
  }

  private static void require(PolicyDraft draft) {
    List<FieldProblem> problems =
        draft.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList();
    if (!problems.isEmpty()) {
      throw ApiProblem.badRequest("The policy has invalid settings.", problems);
    }
  }

  /** {@code POST /api/v1/policy/simulate} body. */
  record SimulationRequest(PolicyDraft policy) {}
}
