package com.creditbridge.bench.load;

import java.util.Arrays;

/** Latencies of one run, in nanoseconds, and what the report needs of them. */
public record LatencySample(long[] nanos, long wallNanos, int failures) {

  public LatencySample {
    nanos = nanos.clone();
    Arrays.sort(nanos);
  }

  /** The q-quantile (nearest rank), in milliseconds. */
  public double percentileMillis(double q) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * nanos.length);
    return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
  }

  public double throughputPerSecond() {
    return nanos.length / (wallNanos / 1e9);
  }

  public int count() {
    return nanos.length;
  }

  public double maxMillis() {
    return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
  }

  /** p50, p95, p99 and max, for the report. */
  public com.creditbridge.bench.report.Latency latency() {
    return new com.creditbridge.bench.report.Latency(
        count(),
        percentileMillis(0.5),
        percentileMillis(0.95),
        percentileMillis(0.99),
        maxMillis());
  }
}
