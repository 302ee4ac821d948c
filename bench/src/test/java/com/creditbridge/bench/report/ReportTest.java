package com.creditbridge.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportTest {

  private static final Figure INGEST =
      Figure.of("ingest.ndjson", "NDJSON ingest", 5000, "events/s")
          .withTarget(Target.atLeast(20_000))
          .comparedWith(40_000, "raw PostgreSQL inserts", "rows/s");
  private static final Figure P99 =
      Figure.of("e2e.p99", "end to end p99", 120.5, "ms").withTarget(Target.atMost(250));

  private static BenchReport report() {
    ScenarioReport scenario =
        new ScenarioReport(
            "ingest-ndjson",
            "Ledger <ingest>",
            List.of(INGEST, P99, Figure.of("lag", "lag", Double.NaN, "s")),
            Map.of("1 caller", new Latency(10, 1.5, 2.5, 3.5, 9)),
            Map.of("account-service", 12.25),
            10,
            "notes & more");
    return new BenchReport(
        Instant.parse("2026-11-22T10:00:00Z"),
        "full",
        Map.of("cores", "2"),
        List.of(scenario),
        List.of(new ProcessUsage("gateway", "service", 3.5, 100 << 20, 384 << 20, 300 << 20)),
        List.of(
            Figure.of("heap.gateway", "gateway peak heap", 100, "MiB")
                .withTarget(Target.atMost(512))));
  }

  @Test
  void comparesAFigureWithItsTargetAndItsBaseline() {
    assertThat(INGEST.met()).isFalse();
    assertThat(INGEST.ratio()).isEqualTo(0.125);
    assertThat(P99.met()).isTrue();
    assertThat(P99.ratio()).isNaN();
    assertThat(Figure.of("x", "x", Double.NaN, "s").withTarget(Target.atMost(1)).met()).isFalse();
  }

  @Test
  void writesTheJsonWithExplicitNamesAndNullForWhatWasNotMeasured() {
    JsonNode json = JsonMapper.builder().build().readTree(ReportJson.write(report()));

    JsonNode ingest = json.get("scenarios").get(0).get("figures").get(0);
    assertThat(ingest.get("name").asString()).isEqualTo("ingest.ndjson");
    assertThat(ingest.get("value").asDouble()).isEqualTo(5000);
    assertThat(ingest.get("target").get("comparison").asString()).isEqualTo(">=");
    assertThat(ingest.get("target").get("bound").asDouble()).isEqualTo(20_000);
    assertThat(ingest.get("met").asBoolean()).isFalse();
    assertThat(ingest.get("baseline").get("label").asString()).isEqualTo("raw PostgreSQL inserts");
    assertThat(ingest.get("baseline").get("unit").asString()).isEqualTo("rows/s");
    assertThat(ingest.get("ratio").asDouble()).isEqualTo(0.125);
    assertThat(json.get("scenarios").get(0).get("figures").get(2).get("value").isNull()).isTrue();
    assertThat(
            json.get("scenarios")
                .get(0)
                .get("latenciesMillis")
                .get("1 caller")
                .get("p99")
                .asDouble())
        .isEqualTo(3.5);
    assertThat(json.get("scenarios").get(0).get("cpuSeconds").get("account-service").asDouble())
        .isEqualTo(12.25);
    assertThat(json.get("processes").get(0).get("peakHeapBytes").asLong()).isEqualTo(100L << 20);
    assertThat(json.get("memoryFigures").get(0).get("met").asBoolean()).isTrue();
    assertThat(json.get("startedAt").asString()).isEqualTo("2026-11-22T10:00:00Z");
  }

  @Test
  void writesAPageWithEveryFigureItsVerdictAndChartsEscapingText() {
    String html = ReportHtml.write(report());

    assertThat(html)
        .contains("Ledger &lt;ingest&gt;", "notes &amp; more")
        .contains("NDJSON ingest", "5,000 events/s", "≥ 20,000 events/s", "missed", "×0.125")
        .contains("40,000 rows/s")
        .contains("end to end p99", "met")
        .contains("<svg", "gateway peak heap")
        .doesNotContain("<ingest>");
  }
}
