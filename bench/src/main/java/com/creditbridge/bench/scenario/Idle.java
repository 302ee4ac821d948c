package com.creditbridge.bench.scenario;

import com.creditbridge.bench.report.Figure;
import com.creditbridge.bench.report.ScenarioReport;
import com.creditbridge.bench.report.Target;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The stack doing nothing: the CPU its processes (services and PostgreSQL; this JVM, which holds
 * the broker and the load, aside) use over a window with no load, as a share of one core. What an
 * idle stack burns is its polling: relays, workers, gauges.
 */
public final class Idle {

  private Idle() {}

  public static ScenarioReport run(BenchContext context, Duration window) {
    BenchContext.Timing timing = context.start();
    double before = context.watch().stackCpuSeconds();
    long start = System.nanoTime();
    LockSupport.parkNanos(window.toNanos());
    double seconds = (System.nanoTime() - start) / 1e9;
    double percent = (context.watch().stackCpuSeconds() - before) / seconds * 100;
    return timing.finish(
        "idle",
        "Idle stack",
        List.of(
            Figure.of("idle.cpu", "idle stack CPU (% of one core)", percent, "%")
                .withTarget(Target.atMost(5))),
        Map.of(),
        String.format(
            java.util.Locale.ROOT,
            "No load for %.0f s once the stack had gone quiet; the services' and PostgreSQL's CPU.",
            seconds));
  }
}
