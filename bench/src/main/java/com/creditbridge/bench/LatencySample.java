package com.creditbridge.bench;

import java.util.Arrays;

/** Latencies of one run, in nanoseconds, and what the report needs of them. */
record LatencySample(long[] nanos, long wallNanos, int failures) {

  LatencySample {
    nanos = nanos.clone();
    Arrays.sort(nanos);
  }

  /** The q-quantile (nearest rank), in milliseconds. */
  double percentileMillis(double q) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * nanos.length);
    return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
  }

  double throughputPerSecond() {
    return nanos.length / (wallNanos / 1e9);
  }
}
