package com.creditbridge.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParentProcessWatchTest {

  @Test
  void reportsOnceWhenTheParentProcessEnds() throws IOException {
    Process parent = new ProcessBuilder("sleep", "60").start();
    AtomicInteger reports = new AtomicInteger();

    try (ParentProcessWatch watch =
        new ParentProcessWatch(parent.pid(), Duration.ofMillis(20), reports::incrementAndGet)) {
      await()
          .during(Duration.ofMillis(200))
          .atMost(Duration.ofSeconds(2))
          .untilAsserted(() -> assertThat(reports).hasValue(0));

      parent.destroy();

      await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(reports).hasValue(1));
      await()
          .during(Duration.ofMillis(200))
          .atMost(Duration.ofSeconds(2))
          .untilAsserted(() -> assertThat(reports).hasValue(1));
    } finally {
      parent.destroyForcibly();
    }
  }

  @Test
  void treatsAnUnknownPidAsGone() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();

    assertThat(ParentProcessWatch.isAlive(finished.pid())).isFalse();
    assertThat(ParentProcessWatch.isAlive(ProcessHandle.current().pid())).isTrue();
  }
}
