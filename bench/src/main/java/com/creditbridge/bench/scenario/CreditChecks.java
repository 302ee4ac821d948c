package com.creditbridge.bench.scenario;

import com.creditbridge.bench.Scale;
import com.creditbridge.bench.load.Api;
import com.creditbridge.bench.load.ClosedLoop;
import com.creditbridge.bench.load.LatencySample;
import com.creditbridge.bench.report.Figure;
import com.creditbridge.bench.report.Latency;
import com.creditbridge.bench.report.ScenarioReport;
import com.creditbridge.bench.report.Target;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Order credit checks ({@code POST /api/v1/credit-checks}) through the gateway, at one caller and
 * at many, each run right after the same load against the trivial backend behind its own gateway,
 * so the two see the same machine. The accounts are seeded first, in credit groups, with an open
 * invoice and an open order each, so every check weighs the account and its whole group.
 */
public final class CreditChecks {

  static final double P99_AT_ONE_CALLER_MILLIS = 20;
  static final double CHECKS_PER_SECOND = 1_000;
  static final String TRIVIAL = "trivial endpoint through the gateway";
  private static final String INVOICE = "1000.00";
  private static final String ORDER = "500.00";
  private static final String EXPOSURE = "1500.00";
  private static final String CHECKED = "100.00";

  private CreditChecks() {}

  public static ScenarioReport run(BenchContext context) throws Exception {
    Scale scale = context.scale();
    int accounts = scale.creditCheckAccounts();
    seed(context, accounts);

    IntFunction<HttpRequest> checks =
        n ->
            check(
                context.api(),
                context.lines().creditCheck(BenchContext.CHECK, n % accounts, CHECKED));
    Api trivial = context.trivialApi();
    IntFunction<HttpRequest> trivialChecks =
        trivial == null
            ? null
            : n ->
                check(
                    trivial,
                    context.lines().creditCheck(BenchContext.CHECK, n % accounts, CHECKED));

    var timing = context.start();
    // warm-up: the JIT, the connection pools and the caches of both paths
    ClosedLoop.run(context.api().http(), checks, 8, scale.singleEventRun(), 200);
    if (trivialChecks != null) {
      ClosedLoop.run(context.api().http(), trivialChecks, 8, scale.singleEventRun(), 202);
    }
    List<Figure> figures = new ArrayList<>();
    Map<String, Latency> latencies = new LinkedHashMap<>();

    Run one = measure(context, checks, trivialChecks, 1);
    figures.add(
        one.compare(
            Figure.of(
                "checks.c1.p50",
                "credit checks, 1 caller: p50",
                one.real.percentileMillis(0.5),
                "ms"),
            one.base == null ? Double.NaN : one.base.percentileMillis(0.5)));
    figures.add(
        one.compare(
            Figure.of(
                    "checks.c1.p99",
                    "credit checks, 1 caller: p99",
                    one.real.percentileMillis(0.99),
                    "ms")
                .withTarget(Target.atMost(P99_AT_ONE_CALLER_MILLIS)),
            one.base == null ? Double.NaN : one.base.percentileMillis(0.99)));
    one.addLatencies(latencies, 1);

    int callers = scale.creditCheckCallers();
    Run many = measure(context, checks, trivialChecks, callers);
    figures.add(
        many.compare(
            Figure.of(
                    "checks.throughput",
                    "credit checks, " + callers + " callers: throughput",
                    many.real.throughputPerSecond(),
                    "checks/s")
                .withTarget(Target.atLeast(CHECKS_PER_SECOND)),
            many.base == null ? Double.NaN : many.base.throughputPerSecond()));
    figures.add(
        many.compare(
            Figure.of(
                "checks.c" + callers + ".p99",
                "credit checks, " + callers + " callers: p99",
                many.real.percentileMillis(0.99),
                "ms"),
            many.base == null ? Double.NaN : many.base.percentileMillis(0.99)));
    many.addLatencies(latencies, callers);

    return timing.finish(
        "credit-checks",
        "Order credit checks through the gateway",
        figures,
        latencies,
        String.format(
            Locale.ROOT,
            "POST /api/v1/credit-checks of %s EUR spread over %,d accounts in credit groups of %d"
                + " (each account: limit 10,000.00 EUR, an open invoice of %s and an open order of"
                + " %s; each group's limit 10 × 10,000.00 EUR), %s s per run, closed loop, at 1 and"
                + " %d callers, after a warm-up of both paths. The trivial endpoint answers 202 at"
                + " once behind a second gateway with the same keys and database.",
            CHECKED,
            accounts,
            Scale.CREDIT_GROUP_SIZE,
            INVOICE,
            ORDER,
            scale.singleEventRun().toSeconds(),
            callers));
  }

  /** One level: the trivial endpoint's run (null without one) and the real one right after it. */
  private record Run(LatencySample base, LatencySample real) {

    Figure compare(Figure figure, double baseline) {
      return base == null ? figure : figure.comparedWith(baseline, TRIVIAL);
    }

    void addLatencies(Map<String, Latency> latencies, int callers) {
      if (base != null) {
        latencies.put("trivial, " + callers + " callers", base.latency());
      }
      latencies.put("credit check, " + callers + " callers", real.latency());
    }
  }

  private static Run measure(
      BenchContext context,
      IntFunction<HttpRequest> checks,
      IntFunction<HttpRequest> trivialChecks,
      int callers)
      throws Exception {
    Duration run = context.scale().singleEventRun();
    LatencySample base =
        trivialChecks == null
            ? null
            : ClosedLoop.run(context.api().http(), trivialChecks, callers, run, 202);
    LatencySample real = ClosedLoop.run(context.api().http(), checks, callers, run, 200);
    if (real.failures() > 0) {
      throw new IllegalStateException(real.failures() + " credit checks failed at " + callers);
    }
    return new Run(base, real);
  }

  private static HttpRequest check(Api api, String json) {
    return api.request("/api/v1/credit-checks")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  /**
   * Upserts the accounts in their groups, each with an invoice and an order, as NDJSON, and waits
   * until the hold-service has the last account's exposure with both.
   */
  private static void seed(BenchContext context, int accounts) {
    String rep = context.salesRep(BenchContext.CHECK);
    String groupLimit = Scale.CREDIT_GROUP_SIZE * 10_000 + ".00";
    int size = Math.max(3, context.scale().batchLines() / 3 * 3);
    StringBuilder batch = new StringBuilder();
    int lines = 0;
    for (int n = 0; n < accounts; n++) {
      String groupId =
          context.lines().accountId(BenchContext.CHECK + "-group", n / Scale.CREDIT_GROUP_SIZE);
      batch
          .append(
              context
                  .lines()
                  .accountUpsertedInGroup(BenchContext.CHECK, n, rep, groupId, groupLimit))
          .append('\n')
          .append(context.lines().invoiceIssued(BenchContext.CHECK, n, "CHK-I-" + n, INVOICE))
          .append('\n')
          .append(context.lines().orderPlaced(BenchContext.CHECK, n, "CHK-O-" + n, ORDER))
          .append('\n');
      lines += 3;
      if (lines + 3 > size || n == accounts - 1) {
        context.api().postBatch(batch.toString(), lines);
        batch.setLength(0);
        lines = 0;
      }
    }
    awaitExposure(context, context.lines().accountId(BenchContext.CHECK, accounts - 1));
  }

  private static void awaitExposure(BenchContext context, String accountId) {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!EXPOSURE.equals(exposure(context, accountId))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            accountId + " never reached an exposure of " + EXPOSURE + " in the hold-service");
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }

  private static String exposure(BenchContext context, String accountId) {
    try {
      HttpResponse<String> answer =
          context
              .api()
              .http()
              .send(
                  context
                      .api()
                      .request("/api/v1/accounts/" + accountId + "/credit-status")
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200
          ? Api.parse(answer.body()).path("exposure").asString("")
          : "";
    } catch (Exception e) {
      return "";
    }
  }
}
