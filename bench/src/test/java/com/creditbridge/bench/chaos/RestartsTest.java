package com.creditbridge.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RestartsTest {

  private final Restarts restarts = new Restarts();

  @Test
  void instancesOfOneServiceAndBrokersAreOfOneKind() {
    assertThat(Restarts.kind("hold-service-2")).isEqualTo("hold-service");
    assertThat(Restarts.kind("hold-service-1")).isEqualTo(Restarts.kind("hold-service-2"));
    assertThat(Restarts.kind("kafka-broker-3")).isEqualTo("kafka-broker");
    assertThat(Restarts.kind("gateway-1")).isNotEqualTo(Restarts.kind("hold-service-1"));
  }

  @Test
  void aKillWaitsForTheRestartOfItsKindButNotForOthers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean holdBack = new AtomicBoolean();
    restarts.begin("hold-service-1", () -> awaitQuietly(release, holdBack));

    restarts.awaitKind("notification-service-2"); // another kind: returns at once
    assertThat(holdBack).isFalse();

    release.countDown();
    restarts.awaitKind("hold-service-2");
    assertThat(holdBack).isTrue();
    assertThat(restarts.killed()).containsExactly("hold-service-1");
  }

  @Test
  void aFailedRestartFailsTheWaitForAll() {
    restarts.begin(
        "gateway-2",
        () -> {
          throw new IllegalStateException("gateway-2 did not report UP");
        });

    assertThatThrownBy(restarts::awaitAll).hasMessageContaining("did not report UP");
  }

  private static void awaitQuietly(CountDownLatch release, AtomicBoolean done) {
    try {
      assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
      done.set(true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
