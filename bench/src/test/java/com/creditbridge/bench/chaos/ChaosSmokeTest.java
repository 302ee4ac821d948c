package com.creditbridge.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code ./chaos --quick} in the suite: 3 brokers, 2 instances of every service, one instance of
 * each service and one broker killed -9 under load and restarted; nothing lost, nothing doubled.
 */
class ChaosSmokeTest {

  @Test
  void killingAnInstanceOfEachServiceAndABrokerLosesAndDoublesNothing() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    ChaosRun.Report report =
        ChaosRun.run(
            repositoryRoot(), true, 60, new PrintStream(printed, true, StandardCharsets.UTF_8));

    String output = printed.toString(StandardCharsets.UTF_8);
    System.out.print(output);
    assertThat(report.killed())
        .anyMatch(victim -> victim.startsWith(Victims.BROKER))
        .anyMatch(victim -> victim.startsWith("account-service"))
        .anyMatch(victim -> victim.startsWith("hold-service"))
        .anyMatch(victim -> victim.startsWith("notification-service"))
        .anyMatch(victim -> victim.startsWith("gateway"));
    assertThat(output).contains("lost 0, doubled 0");
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("creditbridge"))) {
      dir = dir.getParent();
    }
    return dir;
  }
}
