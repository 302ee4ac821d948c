package com.creditbridge.bench.scenario;

import com.creditbridge.bench.report.Figure;
import com.creditbridge.bench.report.ScenarioReport;
import com.creditbridge.bench.report.Target;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A credit manager tightens the warning ratio from 0.90 to 0.80: every account is re-evaluated
 * under the new policy version, and the seeded accounts whose exposure is above 80 % of their limit
 * (9 in 40) become APPROACHING, each with its hold event. Timed from the PUT until the policy
 * reports no account pending.
 */
public final class Reevaluation {

  private Reevaluation() {}

  public static ScenarioReport run(BenchContext context, Baselines baselines, int accountsKnown) {
    JsonNode current = context.api().get("/api/v1/policy");
    ObjectNode changed = ((ObjectNode) current).deepCopy();
    changed.remove("version");
    changed.remove("reevaluation");
    changed.put("creditLimitWarnRatio", new java.math.BigDecimal("0.80"));
    var timing = context.start();
    long start = System.nanoTime();
    JsonNode stored = context.api().put("/api/v1/policy", changed.toString());
    long pendingAtStart = stored.path("reevaluation").path("pendingAccounts").asLong(-1);
    long deadline = start + Duration.ofMinutes(20).toNanos();
    while (pending(context) > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the policy change never reached every account");
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long accounts = Math.max(pendingAtStart, accountsKnown);
    double rate = accounts / seconds;
    List<Figure> figures =
        List.of(
            Figure.of(
                    "reevaluation.rate", "re-evaluation after a policy change", rate, "accounts/s")
                .withTarget(Target.atLeast(10_000))
                .comparedWith(baselines.postgresRowsPerSecond(), Baselines.POSTGRES, "rows/s"),
            Figure.of("reevaluation.seconds", "until no account was pending", seconds, "s"));
    return timing.finish(
        "reevaluation",
        "Policy re-evaluation",
        figures,
        Map.of(),
        String.format(
            Locale.ROOT,
            "PUT /api/v1/policy (creditLimitWarnRatio 0.90 → 0.80) re-evaluated %,d accounts; about"
                + " %,d of them became APPROACHING (a hold event and an email each). Timed until"
                + " GET /api/v1/policy reported reevaluation.pendingAccounts = 0.",
            accounts,
            context.scale().accounts() * 9 / 40));
  }

  private static long pending(BenchContext context) {
    JsonNode reevaluation = context.api().get("/api/v1/policy").path("reevaluation");
    if (reevaluation.isMissingNode()) {
      throw new IllegalStateException(
          "this CreditBridge does not report re-evaluation progress (GET /api/v1/policy)");
    }
    return reevaluation.path("pendingAccounts").asLong();
  }
}
