package com.creditbridge.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every PromQL expression in {@code deploy/}: the dashboards' panel queries and the alert rules'
 * expressions, read from the files themselves so that a new panel or rule is covered without
 * touching the tests.
 */
final class DeployedQueries {

  /** A panel's query, named for the failure message. */
  record PanelQuery(String dashboard, String panel, String expr) {}

  /** An alert rule and its expression. */
  record AlertRule(String name, String expr) {}

  private static final Pattern GROUPING =
      Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "sum",
          "min",
          "max",
          "avg",
          "count",
          "stddev",
          "stdvar",
          "topk",
          "bottomk",
          "quantile",
          "count_values",
          "group",
          "rate",
          "irate",
          "increase",
          "delta",
          "idelta",
          "deriv",
          "histogram_quantile",
          "abs",
          "absent",
          "absent_over_time",
          "clamp_min",
          "clamp_max",
          "avg_over_time",
          "max_over_time",
          "min_over_time",
          "sum_over_time",
          "count_over_time",
          "time",
          "vector",
          "scalar",
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "le",
          "inf",
          "nan");

  private DeployedQueries() {}

  static List<PanelQuery> panelQueries(Path dashboardsDir) {
    List<PanelQuery> queries = new ArrayList<>();
    for (Path file : files(dashboardsDir, ".json")) {
      JsonNode dashboard = JsonMapper.shared().readTree(file.toFile());
      collectPanels(dashboard.path("title").asString(), dashboard.path("panels"), queries);
    }
    return queries;
  }

  private static void collectPanels(String dashboard, JsonNode panels, List<PanelQuery> into) {
    for (JsonNode panel : panels) {
      for (JsonNode target : panel.path("targets")) {
        String expr = target.path("expr").asString("");
        if (!expr.isBlank()) {
          into.add(new PanelQuery(dashboard, panel.path("title").asString(), expr));
        }
      }
      collectPanels(dashboard, panel.path("panels"), into); // rows hold panels of their own
    }
  }

  @SuppressWarnings("unchecked")
  static List<AlertRule> alertRules(Path rulesDir) {
    List<AlertRule> rules = new ArrayList<>();
    for (Path file : files(rulesDir, ".yml")) {
      Map<String, Object> document;
      try {
        document = new Yaml().load(Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
        for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
          if (rule.containsKey("alert")) {
            rules.add(new AlertRule((String) rule.get("alert"), (String) rule.get("expr")));
          }
        }
      }
    }
    return rules;
  }

  /**
   * The metric names an expression selects, e.g. {@code up} and {@code x_total} in {@code sum by
   * (job) (rate(x_total{a="b"}[5m])) / up}.
   */
  static Set<String> metricNames(String expr) {
    String stripped =
        GROUPING
            .matcher(expr)
            .replaceAll(" ")
            .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ");
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = IDENTIFIER.matcher(stripped);
    while (matcher.find()) {
      String word = matcher.group();
      int next = matcher.end();
      while (next < stripped.length() && stripped.charAt(next) == ' ') {
        next++;
      }
      boolean isFunctionCall = next < stripped.length() && stripped.charAt(next) == '(';
      if (!isFunctionCall && !KEYWORDS.contains(word.toLowerCase())) {
        names.add(word);
      }
    }
    return names;
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
