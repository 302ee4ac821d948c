package com.creditbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.bench.report.BenchReport;
import com.creditbridge.bench.report.Figure;
import com.creditbridge.bench.report.ProcessUsage;
import com.creditbridge.bench.report.ScenarioReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at smoke scale against the real stack it starts, so that it keeps working as the
 * services change. It checks that every scenario ran and produced its figures, never how fast.
 */
class BenchmarkSmokeTest {

  @Test
  void runsEveryScenarioAndWritesTheJsonAndTheHtmlReport() throws Exception {
    Path out = Files.createTempDirectory("bench-smoke");
    BenchOptions options =
        BenchOptions.parse(new String[] {"--smoke", "--out", out.toString()}, repositoryRoot());

    BenchReport report = Benchmark.run(options);

    assertThat(report.scenarios())
        .allSatisfy(scenario -> assertThat(scenario.notes()).doesNotStartWith("failed"));
    assertThat(report.scenarios())
        .extracting(ScenarioReport::name)
        .containsExactly(
            "idle",
            "baselines",
            "ingest-ndjson",
            "ingest-single",
            "credit-checks",
            "end-to-end-unsaturated",
            "end-to-end",
            "fan-out",
            "reevaluation");
    assertThat(report.targetedFigures())
        .extracting(Figure::name)
        .contains(
            "idle.cpu",
            "ingest.ndjson",
            "single.throughput",
            "single.p99",
            "checks.c1.p99",
            "checks.throughput",
            "e2e.p99",
            "fanout.rate",
            "reevaluation.rate",
            "heap.account-service",
            "heap.hold-service",
            "heap.notification-service",
            "heap.gateway");
    assertThat(report.targetedFigures())
        .allSatisfy(figure -> assertThat(figure.value()).isFinite().isNotNegative());
    // an idle stack may well burn no measurable CPU in the smoke run's short window
    assertThat(report.targetedFigures())
        .filteredOn(figure -> !figure.name().startsWith("idle."))
        .allSatisfy(figure -> assertThat(figure.value()).isPositive());
    assertThat(report.targetedFigures())
        // heap and idle CPU are absolute limits, with no baseline to compare against
        .filteredOn(
            figure -> !figure.name().startsWith("heap.") && !figure.name().startsWith("idle."))
        .allSatisfy(figure -> assertThat(figure.ratio()).isFinite().isPositive());
    assertThat(report.scenarios().stream().flatMap(s -> s.figures().stream()))
        .filteredOn(
            figure -> figure.name().endsWith(".missing") || figure.name().endsWith(".refused"))
        .hasSize(4)
        .allSatisfy(figure -> assertThat(figure.value()).isZero());
    assertThat(report.processes())
        .extracting(ProcessUsage::name)
        .contains(
            "gateway", "account-service", "hold-service", "notification-service", "postgresql");
    assertThat(report.processes())
        .allSatisfy(process -> assertThat(process.cpuSeconds()).isPositive());
    assertThat(Files.readString(out.resolve("result.json"))).contains("\"reevaluation.rate\"");
    assertThat(Files.readString(out.resolve("report.html"))).contains("<svg", "Webhook fan-out");
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("creditbridge"))) {
      dir = dir.getParent();
    }
    return dir;
  }
}
