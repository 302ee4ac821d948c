package com.creditbridge.bench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one scenario.
 *
 * @param latencies named latency distributions (e.g. per concurrency level), for the charts
 * @param cpuSecondsByProcess CPU each process spent while the scenario ran
 * @param notes what was done, in a sentence or two (sizes, rates), for the reader of the report
 */
public record ScenarioReport(
    String name,
    String title,
    List<Figure> figures,
    Map<String, Latency> latencies,
    Map<String, Double> cpuSecondsByProcess,
    double wallSeconds,
    String notes) {

  public ScenarioReport {
    figures = List.copyOf(figures);
    latencies = Collections.unmodifiableMap(new LinkedHashMap<>(latencies));
    cpuSecondsByProcess = Collections.unmodifiableMap(new LinkedHashMap<>(cpuSecondsByProcess));
  }

  /** The same report with a sentence added to its notes. */
  public ScenarioReport withNote(String sentence) {
    return new ScenarioReport(
        name, title, figures, latencies, cpuSecondsByProcess, wallSeconds, notes + " " + sentence);
  }
}
