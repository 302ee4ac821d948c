package com.creditbridge.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencySampleTest {

  @Test
  void reportsNearestRankPercentilesInMillisecondsAndThroughput() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 100 ms .. 1 ms, unsorted
    }
    LatencySample sample = new LatencySample(nanos, 2_000_000_000L, 0);

    assertThat(sample.percentileMillis(0.5)).isEqualTo(50.0);
    assertThat(sample.percentileMillis(0.99)).isEqualTo(99.0);
    assertThat(sample.throughputPerSecond()).isEqualTo(50.0);
  }
}
