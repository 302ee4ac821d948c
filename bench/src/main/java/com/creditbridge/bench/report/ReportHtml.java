package com.creditbridge.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page: a summary of the targets, then each scenario with its
 * figures beside their baselines, bar charts (inline SVG, no scripts), and where the CPU went.
 */
public final class ReportHtml {

  private static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f"
  };

  private ReportHtml() {}

  public static String write(BenchReport report) {
    StringBuilder html = new StringBuilder();
    html.append(
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <title>CreditBridge benchmark</title><style>
        body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222}
        table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #ccc;
        padding:.25em .6em;text-align:right}th{background:#f4f4f4}td:first-child,th:first-child
        {text-align:left}.met{color:#1a7f37;font-weight:bold}.missed{color:#c62828;
        font-weight:bold}.note{color:#555;max-width:60em}svg{display:block;margin:.5em 0 1.5em}
        </style></head><body>
        <h1>CreditBridge benchmark</h1>
        """);
    html.append("<p>Started ")
        .append(escape(report.startedAt().toString()))
        .append(", mode <b>")
        .append(escape(report.mode()))
        .append("</b>.</p><table><tr><th>machine</th><th></th></tr>");
    report
        .machine()
        .forEach(
            (key, value) ->
                html.append("<tr><td>")
                    .append(escape(key))
                    .append("</td><td>")
                    .append(escape(value))
                    .append("</td></tr>"));
    html.append("</table><h2>Targets</h2>");
    figureTable(html, report.targetedFigures());
    for (ScenarioReport scenario : report.scenarios()) {
      scenario(html, scenario);
    }
    processes(html, report);
    return html.append("</body></html>\n").toString();
  }

  private static void scenario(StringBuilder html, ScenarioReport scenario) {
    html.append("<h2>").append(escape(scenario.title())).append("</h2>");
    html.append("<p class=note>")
        .append(escape(scenario.notes()))
        .append(String.format(Locale.ROOT, " (%.1f s)", scenario.wallSeconds()))
        .append("</p>");
    figureTable(html, scenario.figures());
    List<Figure> compared =
        scenario.figures().stream().filter(f -> !Double.isNaN(f.baseline())).toList();
    for (Figure figure : compared) {
      bars(
          html,
          figure.label() + " (" + figure.unit() + ")",
          List.of(figure.label(), figure.baselineLabel()),
          List.of(figure.value(), figure.baseline()),
          figure.target() == null ? Double.NaN : figure.target().bound());
    }
    if (!scenario.latencies().isEmpty()) {
      latencyChart(html, scenario.latencies());
    }
    if (!scenario.cpuSecondsByProcess().isEmpty()) {
      html.append("<p>CPU seconds while this ran (2 cores give ")
          .append(String.format(Locale.ROOT, "%.0f", 2 * scenario.wallSeconds()))
          .append(" at most):</p>");
      bars(
          html,
          "CPU seconds by process",
          new ArrayList<>(scenario.cpuSecondsByProcess().keySet()),
          new ArrayList<>(scenario.cpuSecondsByProcess().values()),
          Double.NaN);
    }
  }

  private static void figureTable(StringBuilder html, List<Figure> figures) {
    html.append(
        "<table><tr><th>figure</th><th>value</th><th>target</th><th></th>"
            + "<th>baseline</th><th>ratio</th></tr>");
    for (Figure figure : figures) {
      html.append("<tr><td>").append(escape(figure.label())).append("</td><td>");
      html.append(Figure.format(figure.value())).append(' ').append(escape(figure.unit()));
      html.append("</td><td>");
      if (figure.target() != null) {
        html.append(escape(figure.target().describe(figure.unit())));
      }
      html.append("</td><td>");
      if (figure.met() != null) {
        html.append(
            figure.met() ? "<span class=met>met</span>" : "<span class=missed>missed</span>");
      }
      html.append("</td><td>");
      if (!Double.isNaN(figure.baseline())) {
        html.append(Figure.format(figure.baseline()))
            .append(' ')
            .append(escape(figure.baselineUnitOrUnit()))
            .append(" <small>(")
            .append(escape(figure.baselineLabel()))
            .append(")</small>");
      }
      html.append("</td><td>");
      if (!Double.isNaN(figure.ratio())) {
        html.append(String.format(Locale.ROOT, "×%.3f", figure.ratio()));
      }
      html.append("</td></tr>");
    }
    html.append("</table>");
  }

  private static void latencyChart(StringBuilder html, Map<String, Latency> latencies) {
    html.append("<p>Latency (ms): p50, p95, p99, max</p>");
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    latencies.forEach(
        (name, latency) -> {
          labels.add(name + " p50");
          values.add(latency.p50());
          labels.add(name + " p95");
          values.add(latency.p95());
          labels.add(name + " p99");
          values.add(latency.p99());
          labels.add(name + " max");
          values.add(latency.max());
        });
    bars(html, "latency (ms)", labels, values, Double.NaN);
  }

  private static void processes(StringBuilder html, BenchReport report) {
    html.append("<h2>Processes</h2>");
    figureTable(html, report.memoryFigures());
    html.append(
        "<table><tr><th>process</th><th>role</th><th>CPU s</th><th>peak heap MiB</th>"
            + "<th>max heap MiB</th><th>peak memory (PSS) MiB</th></tr>");
    for (ProcessUsage usage : report.processes()) {
      html.append("<tr><td>")
          .append(escape(usage.name()))
          .append("</td><td>")
          .append(escape(usage.role()))
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%.1f", usage.cpuSeconds()))
          .append("</td><td>")
          .append(mebibytes(usage.peakHeapBytes()))
          .append("</td><td>")
          .append(mebibytes(usage.maxHeapBytes()))
          .append("</td><td>")
          .append(mebibytes(usage.peakMemoryBytes()))
          .append("</td></tr>");
    }
    html.append("</table>");
    List<ProcessUsage> jvms =
        report.processes().stream().filter(p -> p.peakHeapBytes() >= 0).toList();
    bars(
        html,
        "peak heap (MiB); the line is the 512 MiB target",
        jvms.stream().map(ProcessUsage::name).toList(),
        jvms.stream().map(p -> p.peakHeapBytes() / 1048576.0).toList(),
        512);
  }

  /** Horizontal bars, one per label, scaled to the largest value (or the marker). */
  static void bars(
      StringBuilder html, String title, List<String> labels, List<Double> values, double marker) {
    int rowHeight = 22;
    int labelWidth = 260;
    int barWidth = 440;
    double max = Double.isNaN(marker) ? 0 : marker;
    for (double value : values) {
      if (!Double.isNaN(value)) {
        max = Math.max(max, value);
      }
    }
    double scale = max <= 0 ? 0 : barWidth / max;
    int height = rowHeight * labels.size() + 30;
    html.append(
        String.format(
            Locale.ROOT,
            "<svg role=img aria-label=\"%s\" width=%d height=%d font-size=12>",
            escape(title),
            labelWidth + barWidth + 90,
            height));
    html.append("<text x=0 y=12 font-weight=bold>").append(escape(title)).append("</text>");
    for (int i = 0; i < labels.size(); i++) {
      double value = values.get(i);
      int y = 20 + i * rowHeight;
      html.append(
          String.format(
              Locale.ROOT,
              "<text x=%d y=%d text-anchor=end>%s</text>",
              labelWidth - 6,
              y + 15,
              escape(labels.get(i))));
      if (!Double.isNaN(value)) {
        html.append(
            String.format(
                Locale.ROOT,
                "<rect x=%d y=%d width=%.1f height=%d fill=\"%s\"/>"
                    + "<text x=%.1f y=%d>%s</text>",
                labelWidth,
                y + 3,
                Math.max(1, value * scale),
                rowHeight - 6,
                PALETTE[i % PALETTE.length],
                labelWidth + Math.max(1, value * scale) + 4,
                y + 15,
                Figure.format(value)));
      }
    }
    if (!Double.isNaN(marker) && scale > 0) {
      double x = labelWidth + marker * scale;
      html.append(
          String.format(
              Locale.ROOT,
              "<line x1=%.1f x2=%.1f y1=18 y2=%d stroke=\"#c62828\" stroke-dasharray=4/>",
              x,
              x,
              height));
    }
    html.append("</svg>");
  }

  private static String mebibytes(long bytes) {
    return bytes < 0 ? "–" : String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
