package com.creditbridge.bench.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.bench.report.Latency;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ServiceTimerTest {

  private static ServiceTimer.Buckets buckets(Map<Double, Double> counts) {
    return new ServiceTimer.Buckets(new TreeMap<>(counts));
  }

  @Test
  void givesTheBucketBoundsOfWhatWasRecordedBetweenTwoReadings() {
    ServiceTimer.Buckets before =
        buckets(Map.of(0.05, 10.0, 0.1, 10.0, 0.25, 10.0, Double.POSITIVE_INFINITY, 10.0));
    // since then: 50 within 50 ms, 45 more within 100 ms, 5 more within 250 ms
    ServiceTimer.Buckets after =
        buckets(Map.of(0.05, 60.0, 0.1, 105.0, 0.25, 110.0, Double.POSITIVE_INFINITY, 110.0));

    Latency latency = after.since(before);

    assertThat(latency.count()).isEqualTo(100);
    assertThat(latency.p50()).isEqualTo(50.0);
    assertThat(latency.p95()).isEqualTo(100.0);
    assertThat(latency.p99()).isEqualTo(250.0);
  }

  @Test
  void readsNothingRecordedAsNoFigure() {
    ServiceTimer.Buckets same = buckets(Map.of(0.05, 3.0, Double.POSITIVE_INFINITY, 3.0));

    assertThat(same.since(same).count()).isZero();
    assertThat(same.since(same).p99()).isNaN();
    assertThat(buckets(Map.of()).since(buckets(Map.of())).p50()).isNaN();
  }
}
