package com.creditbridge.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka (KRaft), PostgreSQL and GreenMail, all real servers, started from this JVM. With a data
 * directory, Kafka's log ({@code kafka/}) and PostgreSQL's data ({@code postgres/}) live under it
 * and survive a restart; PostgreSQL's output goes to {@code logs/postgres.log}.
 */
public final class EmbeddedInfrastructure implements Infrastructure {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

  private final AutoCloseable kafka;
  private final String kafkaBootstrapServers;
  private final KafkaCluster cluster; // null when Kafka is one node in this JVM
  private final PostgresServer postgres;
  private final MailServer mail;
  private final Path temporaryDir;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedInfrastructure(
      AutoCloseable kafka,
      String kafkaBootstrapServers,
      KafkaCluster cluster,
      PostgresServer postgres,
      MailServer mail,
      Path temporaryDir) {
    this.kafka = kafka;
    this.kafkaBootstrapServers = kafkaBootstrapServers;
    this.cluster = cluster;
    this.postgres = postgres;
    this.mail = mail;
    this.temporaryDir = temporaryDir;
  }

  public static EmbeddedInfrastructure start(InfrastructureSettings settings) {
    Path temporaryDir = settings.dataDir() == null ? createTemporaryDir() : null;
    Path dataDir = temporaryDir != null ? temporaryDir : settings.dataDir().toAbsolutePath();
    Path postgresLog = temporaryDir != null ? null : dataDir.resolve("logs/postgres.log");
    int kafkaPort = Loopback.portOrFree(settings.kafkaPort());
    int controllerPort = Loopback.portOrFree(settings.kafkaControllerPort());
    int postgresPort = Loopback.portOrFree(settings.postgresPort());

    // PostgreSQL (initdb on first start) and Kafka take seconds each: start them side by side
    CompletableFuture<PostgresServer> postgresStart =
        CompletableFuture.supplyAsync(
            () -> PostgresServer.start(dataDir.resolve("postgres"), postgresPort, postgresLog));
    AutoCloseable kafka = null;
    MailServer mail = null;
    try {
      KafkaCluster cluster = null;
      String bootstrapServers;
      if (settings.kafkaBrokers() == 1) {
        KafkaBroker broker = KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
        kafka = broker;
        bootstrapServers = broker.bootstrapServers();
      } else {
        cluster =
            KafkaCluster.start(
                dataDir.resolve("kafka-cluster"),
                dataDir.resolve("logs"),
                settings.kafkaBrokers(),
                settings.kafkaPort(),
                settings.kafkaControllerPort());
        kafka = cluster;
        bootstrapServers = cluster.bootstrapServers();
      }
      mail = MailServer.start(settings.smtpPort(), settings.imapPort());
      EmbeddedInfrastructure infrastructure =
          new EmbeddedInfrastructure(
              kafka, bootstrapServers, cluster, joinUnwrapped(postgresStart), mail, temporaryDir);
      log.info(
          "Embedded infrastructure up: Kafka {}, PostgreSQL {}:{}, SMTP {}, IMAP {}, data in {}",
          infrastructure.kafkaBootstrapServers(),
          Loopback.ADDRESS,
          infrastructure.postgresPort(),
          infrastructure.smtpPort(),
          infrastructure.imapPort(),
          dataDir);
      return infrastructure;
    } catch (RuntimeException e) {
      closeQuietly(mail, kafka, postgresStart.exceptionally(failure -> null).join());
      deleteTemporaryDir(temporaryDir);
      throw e;
    }
  }

  @Override
  public String kafkaBootstrapServers() {
    return kafkaBootstrapServers;
  }

  /** How many Kafka brokers run. */
  public int kafkaBrokers() {
    return cluster == null ? 1 : cluster.size();
  }

  /** The pid of broker {@code index} (0-based) of a cluster, -1 when down or in this JVM. */
  public long kafkaBrokerPid(int index) {
    return cluster == null ? -1 : cluster.pid(index);
  }

  /** Kills broker {@code index} (0-based) of a cluster with SIGKILL. */
  public void killKafkaBroker(int index) {
    requireCluster().kill(index);
  }

  /** Starts broker {@code index} (0-based) of a cluster again and waits until it serves. */
  public void restartKafkaBroker(int index) {
    requireCluster().restart(index);
  }

  private KafkaCluster requireCluster() {
    if (cluster == null) {
      throw new IllegalStateException("one Kafka node runs in this JVM: nothing to kill");
    }
    return cluster;
  }

  @Override
  public String postgresHost() {
    return Loopback.ADDRESS;
  }

  @Override
  public String databaseUser() {
    return PostgresServer.USER;
  }

  @Override
  public String databasePassword() {
    return PostgresServer.PASSWORD;
  }

  @Override
  public int postgresPort() {
    return postgres.port();
  }

  @Override
  public int smtpPort() {
    return mail.smtpPort();
  }

  @Override
  public int imapPort() {
    return mail.imapPort();
  }

  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    closeQuietly(mail, kafka, postgres);
    deleteTemporaryDir(temporaryDir);
    log.info("Embedded infrastructure stopped");
  }

  private static <T> T joinUnwrapped(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static void closeQuietly(AutoCloseable... servers) {
    for (AutoCloseable server : servers) {
      if (server == null) {
        continue;
      }
      try {
        server.close();
      } catch (Exception e) {
        log.warn("Could not stop {}", server.getClass().getSimpleName(), e);
      }
    }
  }

  private static Path createTemporaryDir() {
    try {
      return Files.createTempDirectory("creditbridge-infrastructure");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTemporaryDir(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      log.warn("Could not delete {}", dir, e);
    }
  }
}
