package com.creditbridge.bench.report;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The report as JSON, field by field, so the file's shape does not follow the Java classes. */
public final class ReportJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ReportJson() {}

  public static String write(BenchReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("startedAt", report.startedAt().toString());
    root.put("mode", report.mode());
    ObjectNode machine = root.putObject("machine");
    report.machine().forEach(machine::put);
    ArrayNode scenarios = root.putArray("scenarios");
    for (ScenarioReport scenario : report.scenarios()) {
      ObjectNode node = scenarios.addObject();
      node.put("name", scenario.name());
      node.put("title", scenario.title());
      node.put("wallSeconds", round(scenario.wallSeconds()));
      node.put("notes", scenario.notes());
      figures(node.putArray("figures"), scenario.figures());
      ObjectNode latencies = node.putObject("latenciesMillis");
      scenario.latencies().forEach((name, latency) -> latency(latencies.putObject(name), latency));
      ObjectNode cpu = node.putObject("cpuSeconds");
      scenario.cpuSecondsByProcess().forEach((name, seconds) -> cpu.put(name, round(seconds)));
    }
    ArrayNode processes = root.putArray("processes");
    for (ProcessUsage usage : report.processes()) {
      ObjectNode node = processes.addObject();
      node.put("name", usage.name());
      node.put("role", usage.role());
      node.put("cpuSeconds", round(usage.cpuSeconds()));
      node.put("peakHeapBytes", usage.peakHeapBytes());
      node.put("maxHeapBytes", usage.maxHeapBytes());
      node.put("peakMemoryBytes", usage.peakMemoryBytes());
    }
    figures(root.putArray("memoryFigures"), report.memoryFigures());
    return MAPPER.writeValueAsString(root);
  }

  private static void figures(ArrayNode array, java.util.List<Figure> figures) {
    for (Figure figure : figures) {
      ObjectNode node = array.addObject();
      node.put("name", figure.name());
      node.put("label", figure.label());
      number(node, "value", figure.value());
      node.put("unit", figure.unit());
      if (figure.target() != null) {
        ObjectNode target = node.putObject("target");
        target.put("comparison", figure.target().atLeast() ? ">=" : "<=");
        target.put("bound", figure.target().bound());
        node.put("met", figure.met());
      }
      if (!Double.isNaN(figure.baseline())) {
        ObjectNode baseline = node.putObject("baseline");
        baseline.put("label", figure.baselineLabel());
        number(baseline, "value", figure.baseline());
        baseline.put("unit", figure.baselineUnitOrUnit());
        number(node, "ratio", figure.ratio());
      }
    }
  }

  private static void latency(ObjectNode node, Latency latency) {
    node.put("count", latency.count());
    number(node, "p50", latency.p50());
    number(node, "p95", latency.p95());
    number(node, "p99", latency.p99());
    number(node, "max", latency.max());
  }

  /** JSON has no NaN: a figure that could not be measured is null. */
  private static void number(ObjectNode node, String name, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(name);
    } else {
      node.put(name, round(value));
    }
  }

  private static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}
