package com.creditbridge.bench.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything one benchmark run measured: the machine, the scenarios in the order they ran, and what
 * every process used.
 *
 * @param machine cores, JDK, OS and how the stack was started, as text for the reader
 */
public record BenchReport(
    Instant startedAt,
    String mode,
    Map<String, String> machine,
    List<ScenarioReport> scenarios,
    List<ProcessUsage> processes,
    List<Figure> memoryFigures) {

  public BenchReport {
    machine = Collections.unmodifiableMap(new LinkedHashMap<>(machine));
    scenarios = List.copyOf(scenarios);
    processes = List.copyOf(processes);
    memoryFigures = List.copyOf(memoryFigures);
  }

  /** Every figure with a target, scenario figures first. */
  public List<Figure> targetedFigures() {
    return Stream.concat(
            scenarios.stream().flatMap(s -> s.figures().stream()), memoryFigures.stream())
        .filter(figure -> figure.target() != null)
        .toList();
  }
}
