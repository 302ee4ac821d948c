package com.creditbridge.bench.scenario;

import com.creditbridge.bench.report.Figure;
import com.creditbridge.bench.report.ScenarioReport;
import com.creditbridge.bench.report.Target;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Month-end ingest: NDJSON batches through the gateway, each account's {@code account.upserted}
 * followed by an invoice. This also seeds the accounts the policy change later re-evaluates: each
 * has a limit of 10,000.00 and an invoice of 5,000.00 to 8,900.00 that is not yet due, so all are
 * CLEAR under the default policy.
 */
public final class NdjsonIngest {

  private NdjsonIngest() {}

  /** The accounts the other scenarios use: created first, without timing. */
  public static void seedOtherGroups(BenchContext context) {
    var scale = context.scale();
    upserts(context, BenchContext.SINGLE, scale.singleEventAccounts());
    upserts(context, BenchContext.END_TO_END, scale.endToEndEvents());
    upserts(
        context,
        BenchContext.END_TO_END_UNSATURATED,
        scale.endToEndEvents(scale.unsaturatedRate()));
    upserts(context, BenchContext.FAN_OUT, scale.fanOutEvents());
  }

  public static ScenarioReport run(BenchContext context, Baselines baselines) {
    var scale = context.scale();
    var lines = context.lines();
    String rep = context.salesRep(BenchContext.SEED);
    int perBatch = scale.batchLines() / 2;
    List<String> lastOfEachBatch = new ArrayList<>();
    var timing = context.start();
    long start = System.nanoTime();
    int events = 0;
    for (int from = 0; from < scale.accounts(); from += perBatch) {
      int to = Math.min(scale.accounts(), from + perBatch);
      StringBuilder batch = new StringBuilder(scale.batchLines() * 330);
      for (int n = from; n < to; n++) {
        batch.append(lines.accountUpserted(BenchContext.SEED, n, rep)).append('\n');
        String amount = (5000 + (n % 40) * 100) + ".00";
        batch.append(lines.invoiceIssued(BenchContext.SEED, n, "INV-" + n, amount)).append('\n');
      }
      context.api().postBatch(batch.toString(), 2 * (to - from));
      events += 2 * (to - from);
      lastOfEachBatch.add(lines.accountId(BenchContext.SEED, to - 1));
    }
    double ingestSeconds = (System.nanoTime() - start) / 1e9;
    double rate = events / ingestSeconds;
    awaitDecided(context, lastOfEachBatch);
    double caughtUpSeconds = (System.nanoTime() - start) / 1e9 - ingestSeconds;

    List<Figure> figures =
        List.of(
            Figure.of("ingest.ndjson", "NDJSON ingest", rate, "events/s")
                .withTarget(Target.atLeast(20_000))
                .comparedWith(baselines.postgresRowsPerSecond(), Baselines.POSTGRES, "rows/s"),
            Figure.of("ingest.ndjson.vs-kafka", "NDJSON ingest (vs. the broker)", rate, "events/s")
                .comparedWith(baselines.kafkaRecordsPerSecond(), Baselines.KAFKA, "records/s"),
            Figure.of(
                "ingest.decisions.lag",
                "hold-service decided the last batch's accounts after",
                caughtUpSeconds,
                "s"));
    return timing.finish(
        "ingest-ndjson",
        "Ledger ingest: NDJSON batches",
        figures,
        Map.of(),
        String.format(
            Locale.ROOT,
            "%,d events (%,d accounts, each account.upserted + invoice.issued) in batches of %,d"
                + " lines, posted one after another through the gateway; %.1f s until every batch"
                + " was answered (every line accepted).",
            events,
            scale.accounts(),
            scale.batchLines(),
            ingestSeconds));
  }

  /** Waits until the hold-service has a decision for each of these accounts. */
  static void awaitDecided(BenchContext context, List<String> accountIds) {
    List<String> waiting = new ArrayList<>(accountIds);
    long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
    while (!waiting.isEmpty()) {
      waiting.removeIf(id -> status(context, id) == 200);
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(waiting.size() + " accounts were never decided");
      }
      if (!waiting.isEmpty()) {
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
      }
    }
  }

  private static int status(BenchContext context, String accountId) {
    try {
      return context
          .api()
          .http()
          .send(
              context
                  .api()
                  .request("/api/v1/accounts/" + accountId + "/credit-status")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private static void upserts(BenchContext context, String group, int count) {
    String rep = context.salesRep(group);
    batches(
        context,
        count,
        n -> context.lines().accountUpserted(group, n, rep),
        context.lines().accountId(group, count - 1));
  }

  private static void batches(
      BenchContext context, int count, IntFunction<String> line, String lastAccount) {
    int size = context.scale().batchLines();
    for (int from = 0; from < count; from += size) {
      int to = Math.min(count, from + size);
      StringBuilder batch = new StringBuilder();
      for (int n = from; n < to; n++) {
        batch.append(line.apply(n)).append('\n');
      }
      context.api().postBatch(batch.toString(), to - from);
    }
    awaitDecided(context, List.of(lastAccount));
  }
}
