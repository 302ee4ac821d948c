package com.creditbridge.bench.scenario;

import com.creditbridge.bench.Scale;
import com.creditbridge.bench.load.Api;
import com.creditbridge.bench.load.LedgerLines;
import com.creditbridge.bench.report.Figure;
import com.creditbridge.bench.report.Latency;
import com.creditbridge.bench.report.ScenarioReport;
import com.creditbridge.bench.sink.WebhookSink;
import com.creditbridge.bench.stack.BenchTarget;
import com.creditbridge.bench.usage.ProcessWatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every scenario works with: the API (with a key of the benchmark's own), the webhook sink,
 * the run's ledger lines, the scale, and the process watch that accounts CPU to each scenario.
 *
 * @param salesReps one sales rep id per account group, so webhook endpoints can filter by group
 * @param trivialApi the same API through a gateway in front of a trivial backend; null when the
 *     benchmark could not start one (a stack it did not start)
 */
public record BenchContext(
    BenchTarget target,
    Api api,
    WebhookSink sink,
    LedgerLines lines,
    Scale scale,
    ProcessWatch watch,
    Map<String, String> salesReps,
    Api trivialApi) {

  public static final String SEED = "seed";
  public static final String SINGLE = "single";
  public static final String END_TO_END = "e2e";
  public static final String END_TO_END_UNSATURATED = "e2e-unsaturated";
  public static final String FAN_OUT = "fanout";
  public static final String CHECK = "check";

  public String salesRep(String group) {
    return salesReps.get(group);
  }

  /** Starts timing a scenario and the CPU it costs. */
  public Timing start() {
    return new Timing(System.nanoTime(), watch.cpuSeconds());
  }

  /** A scenario in progress. */
  public final class Timing {
    private final long startNanos;
    private final Map<String, Double> cpuAtStart;

    private Timing(long startNanos, Map<String, Double> cpuAtStart) {
      this.startNanos = startNanos;
      this.cpuAtStart = cpuAtStart;
    }

    public ScenarioReport finish(
        String name,
        String title,
        List<Figure> figures,
        Map<String, Latency> latencies,
        String notes) {
      double wall = (System.nanoTime() - startNanos) / 1e9;
      Map<String, Double> cpu = new java.util.LinkedHashMap<>();
      watch
          .cpuSeconds()
          .forEach(
              (process, total) -> cpu.put(process, total - cpuAtStart.getOrDefault(process, 0.0)));
      return new ScenarioReport(name, title, figures, latencies, cpu, wall, notes);
    }
  }

  public static Map<String, String> salesRepsFor(String runId) {
    Map<String, String> reps = new HashMap<>();
    for (String group : List.of(SEED, SINGLE, END_TO_END, END_TO_END_UNSATURATED, FAN_OUT, CHECK)) {
      reps.put(group, "bench-" + runId + "-rep-" + group);
    }
    return reps;
  }
}
