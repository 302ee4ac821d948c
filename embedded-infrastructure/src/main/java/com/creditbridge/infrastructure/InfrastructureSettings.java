package com.creditbridge.infrastructure;

import java.nio.file.Path;

/**
 * Where the embedded servers keep their data and which ports they listen on.
 *
 * @param dataDir Kafka's log and PostgreSQL's data live under it and survive a restart; {@code
 *     null} means a temporary directory that is deleted on close
 * @param kafkaPort the broker's client listener; 0 picks a free port (as for every port here)
 * @param kafkaControllerPort the KRaft controller listener
 * @param kafkaBrokers 1: one node in this JVM; more: a cluster of that many broker processes, on
 *     consecutive ports from the two above (or free ones)
 */
public record InfrastructureSettings(
    Path dataDir,
    int kafkaPort,
    int kafkaControllerPort,
    int postgresPort,
    int smtpPort,
    int imapPort,
    int kafkaBrokers) {

  public InfrastructureSettings {
    if (kafkaBrokers < 1) {
      throw new IllegalArgumentException("at least one Kafka broker: " + kafkaBrokers);
    }
  }

  public InfrastructureSettings(
      Path dataDir,
      int kafkaPort,
      int kafkaControllerPort,
      int postgresPort,
      int smtpPort,
      int imapPort) {
    this(dataDir, kafkaPort, kafkaControllerPort, postgresPort, smtpPort, imapPort, 1);
  }

  /** Throw-away servers on free ports, as tests want them. */
  public static InfrastructureSettings ephemeral() {
    return new InfrastructureSettings(null, 0, 0, 0, 0, 0);
  }

  /** Servers on free ports that keep their data in {@code dataDir}. */
  public static InfrastructureSettings persistentIn(Path dataDir) {
    return new InfrastructureSettings(dataDir, 0, 0, 0, 0, 0);
  }
}
