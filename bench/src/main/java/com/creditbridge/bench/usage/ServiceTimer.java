package com.creditbridge.bench.usage;

import com.creditbridge.bench.report.Latency;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * One of a service's own latency timers, read from its Prometheus endpoint: the histogram's buckets
 * before and after a scenario give how long that hop took during it, measured inside the service.
 * Percentiles are bucket bounds (the histogram's resolution), so they are upper bounds.
 *
 * @param metricsUrl e.g. {@code http://127.0.0.1:8082/actuator/prometheus}
 * @param metric the Prometheus name without suffix, e.g. {@code
 *     creditbridge_pipeline_latency_seconds}
 */
public record ServiceTimer(HttpClient http, String metricsUrl, String metric) {

  /** Cumulative count per bucket bound (seconds), summed over every tag set. */
  public record Buckets(TreeMap<Double, Double> counts) {

    /** What was recorded between {@code earlier} and this reading. */
    public Latency since(Buckets earlier) {
      TreeMap<Double, Double> delta = new TreeMap<>();
      counts.forEach((le, count) -> delta.put(le, count - earlier.counts.getOrDefault(le, 0.0)));
      double total = delta.isEmpty() ? 0 : delta.lastEntry().getValue();
      return new Latency(
          (int) total,
          quantile(delta, total, 0.5),
          quantile(delta, total, 0.95),
          quantile(delta, total, 0.99),
          Double.NaN);
    }

    private static double quantile(TreeMap<Double, Double> cumulative, double total, double q) {
      if (total <= 0) {
        return Double.NaN;
      }
      for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
        if (bucket.getValue() >= q * total) {
          return bucket.getKey() * 1000;
        }
      }
      return Double.NaN;
    }
  }

  public Buckets read() {
    TreeMap<Double, Double> counts = new TreeMap<>();
    try {
      String text =
          http.send(
                  HttpRequest.newBuilder(URI.create(metricsUrl))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      for (String line : text.split("\n")) {
        if (line.startsWith(metric + "_bucket{")) {
          int at = line.indexOf("le=\"") + 4;
          String bound = line.substring(at, line.indexOf('"', at));
          double le = bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
          double count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
          counts.merge(le, count, Double::sum);
        }
      }
    } catch (Exception e) {
      // a service without the timer (or unreachable) reads as empty: the hop is simply not shown
    }
    return new Buckets(counts);
  }
}
