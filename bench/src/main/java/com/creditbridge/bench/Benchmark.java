package com.creditbridge.bench;

import com.creditbridge.bench.load.Api;
import com.creditbridge.bench.load.LedgerLines;
import com.creditbridge.bench.load.TrivialBackend;
import com.creditbridge.bench.report.BenchReport;
import com.creditbridge.bench.report.Figure;
import com.creditbridge.bench.report.ProcessUsage;
import com.creditbridge.bench.report.ReportHtml;
import com.creditbridge.bench.report.ReportJson;
import com.creditbridge.bench.report.ScenarioReport;
import com.creditbridge.bench.report.Target;
import com.creditbridge.bench.scenario.Baselines;
import com.creditbridge.bench.scenario.BenchContext;
import com.creditbridge.bench.scenario.CreditChecks;
import com.creditbridge.bench.scenario.EndToEnd;
import com.creditbridge.bench.scenario.FanOut;
import com.creditbridge.bench.scenario.Idle;
import com.creditbridge.bench.scenario.NdjsonIngest;
import com.creditbridge.bench.scenario.Reevaluation;
import com.creditbridge.bench.scenario.SingleEvents;
import com.creditbridge.bench.sink.WebhookSink;
import com.creditbridge.bench.stack.BenchTarget;
import com.creditbridge.bench.stack.EmbeddedStack;
import com.creditbridge.bench.usage.ProcessWatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The benchmark: starts CreditBridge (or targets a running one), measures the baselines, then runs
 * the scenarios in order (NDJSON ingest, which also seeds the accounts; single events; order credit
 * checks; end to end; fan-out; the policy change) and writes {@code result.json} and {@code
 * report.html}. See docs/performance.md.
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args, Path.of("").toAbsolutePath());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    BenchReport report = run(options);
    print(report, options.outputDir());
    System.exit(0); // the embedded broker's threads would keep the JVM alive
  }

  /** Runs every scenario and writes the report into the options' output directory. */
  public static BenchReport run(BenchOptions options) throws Exception {
    Instant startedAt = Instant.now();
    EmbeddedStack embedded =
        options.target().isPresent()
            ? null
            : EmbeddedStack.start(options.home(), options.jvmOptions());
    try (TrivialBackend backend = new TrivialBackend();
        WebhookSink sink = new WebhookSink()) {
      BenchTarget target =
          embedded != null ? embedded.target(options.jvmOptions()) : running(options);
      String runId = UUID.randomUUID().toString().substring(0, 8);
      Api admin = new Api(Api.newClient(), target.gatewayUrl(), target.adminKey());
      Api api =
          admin.withKey(
              admin.createKey(
                  "bench-" + runId,
                  "ledger:write",
                  "ledger:read",
                  "credit:read",
                  "webhooks:manage",
                  "policy:admin",
                  "credit:check"));
      Api trivial =
          target
              .gatewayInFrontOf()
              .map(start -> api.withBaseUrl(start.apply(backend.url())))
              .orElse(null);
      try (ProcessWatch watch = new ProcessWatch(target.processes().get())) {
        BenchContext context =
            new BenchContext(
                target,
                api,
                sink,
                new LedgerLines(runId, LocalDate.now(ZoneOffset.UTC)),
                options.scale(),
                watch,
                BenchContext.salesRepsFor(runId),
                trivial);
        List<ScenarioReport> scenarios = new ArrayList<>();
        if (options.runs("idle")) {
          scenarios.add(
              attempt(
                  watch,
                  options.scale(),
                  "idle",
                  () -> Idle.run(context, options.scale().idleWindow())));
        }
        Baselines baselines = new Baselines(Double.NaN, null, Double.NaN);
        try {
          if (options.runs("baselines")) {
            Baselines.Measured measured = Baselines.measure(context);
            baselines = measured.baselines();
            scenarios.add(measured.report());
          }
        } catch (Exception e) {
          scenarios.add(failed("baselines", e));
        }
        Baselines base = baselines;
        int accounts = options.scale().seededAccounts();
        NdjsonIngest.seedOtherGroups(context);
        Map<String, Callable<ScenarioReport>> runs = new java.util.LinkedHashMap<>();
        runs.put("ingest-ndjson", () -> NdjsonIngest.run(context, base));
        runs.put("ingest-single", () -> SingleEvents.run(context));
        runs.put("credit-checks", () -> CreditChecks.run(context));
        runs.put(
            "end-to-end-unsaturated",
            () ->
                EndToEnd.run(
                    context,
                    base,
                    BenchContext.END_TO_END_UNSATURATED,
                    options.scale().unsaturatedRate()));
        runs.put(
            "end-to-end",
            () ->
                EndToEnd.run(
                    context, base, BenchContext.END_TO_END, options.scale().endToEndRate()));
        runs.put("fan-out", () -> FanOut.run(context));
        runs.put("reevaluation", () -> Reevaluation.run(context, base, accounts));
        runs.forEach(
            (name, scenario) -> {
              if (options.runs(name)) {
                scenarios.add(attempt(watch, options.scale(), name, scenario));
              }
            });
        List<ProcessUsage> usage = watch.usage();
        BenchReport report =
            new BenchReport(
                startedAt,
                options.scale().name(),
                machine(target),
                scenarios,
                usage,
                heapFigures(usage));
        Files.createDirectories(options.outputDir());
        Files.writeString(options.outputDir().resolve("result.json"), ReportJson.write(report));
        Files.writeString(options.outputDir().resolve("report.html"), ReportHtml.write(report));
        return report;
      }
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /**
   * Runs one scenario; a failure is reported as such and the others still run, so one broken
   * scenario does not cost the figures of the rest.
   */
  private static ScenarioReport attempt(
      ProcessWatch watch, Scale scale, String name, Callable<ScenarioReport> scenario) {
    java.time.Duration waited = watch.awaitQuiet(scale.quietWait());
    System.out.printf(
        Locale.ROOT,
        "%tT %s (after %d s for the stack to go quiet)...%n",
        java.time.LocalTime.now(),
        name,
        waited.toSeconds());
    try {
      return scenario
          .call()
          .withNote(
              String.format(
                  Locale.ROOT,
                  "Started once the stack was idle (after %d s).",
                  waited.toSeconds()));
    } catch (Exception e) {
      return failed(name, e);
    }
  }

  private static ScenarioReport failed(String name, Exception e) {
    e.printStackTrace();
    return new ScenarioReport(
        name, name + " (FAILED)", List.of(), Map.of(), Map.of(), 0, "failed: " + e);
  }

  private static BenchTarget running(BenchOptions options) {
    return new BenchTarget(
        options.target().orElseThrow(),
        options.adminKey().orElseThrow(),
        options.kafka(),
        options.postgres(),
        options.databaseUser(),
        options.databasePassword(),
        Optional.empty(),
        List::of,
        Map.of(),
        Map.of("stack", "running at " + options.target().orElseThrow()));
  }

  /** Every service's peak heap against the 512 MiB target. */
  private static List<Figure> heapFigures(List<ProcessUsage> usage) {
    return usage.stream()
        .filter(p -> p.peakHeapBytes() >= 0 && p.role().equals("service"))
        .map(
            p ->
                Figure.of(
                        "heap." + p.name(),
                        p.name() + " peak heap",
                        p.peakHeapBytes() / 1048576.0,
                        "MiB")
                    .withTarget(Target.atMost(512)))
        .toList();
  }

  private static Map<String, String> machine(BenchTarget target) {
    Map<String, String> machine = new java.util.LinkedHashMap<>();
    machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    machine.put("cpu", cpuModel());
    machine.put(
        "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put(
        "load average at the start",
        String.format(
            Locale.ROOT,
            "%.2f",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
    machine.putAll(target.description());
    return machine;
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown");
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static void print(BenchReport report, Path outputDir) {
    System.out.println();
    for (ScenarioReport scenario : report.scenarios()) {
      System.out.println("== " + scenario.title());
      scenario.figures().forEach(Benchmark::print);
    }
    System.out.println("== Processes");
    report.memoryFigures().forEach(Benchmark::print);
    System.out.println();
    System.out.println("Report: " + outputDir.resolve("report.html"));
    System.out.println("Result: " + outputDir.resolve("result.json"));
  }

  private static void print(Figure figure) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT, "  %-62s %12.2f %s", figure.label(), figure.value(), figure.unit()));
    if (figure.met() != null) {
      line.append(figure.met() ? "  [target met: " : "  [target MISSED: ")
          .append(figure.target().describe(figure.unit()))
          .append(']');
    }
    if (!Double.isNaN(figure.ratio())) {
      line.append(
          String.format(
              Locale.ROOT,
              "  ×%.3f of %s (%s)",
              figure.ratio(),
              figure.baselineLabel(),
              figure.baselineUnitOrUnit()));
    }
    System.out.println(line);
  }
}
