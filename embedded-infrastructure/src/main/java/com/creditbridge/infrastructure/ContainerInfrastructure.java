package com.creditbridge.infrastructure;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Kafka (apache/kafka, KRaft) and PostgreSQL 18 in Docker containers through Testcontainers, for
 * machines with a Docker engine; GreenMail still runs in this JVM. Testcontainers is an optional
 * dependency: callers bring it onto their classpath.
 */
public final class ContainerInfrastructure implements Infrastructure {

  static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
  static final String POSTGRES_IMAGE = "postgres:18";

  private static final Logger log = LoggerFactory.getLogger(ContainerInfrastructure.class);

  private final KafkaContainer kafka;
  private final PostgreSQLContainer postgres;
  private final MailServer mail;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ContainerInfrastructure(
      KafkaContainer kafka, PostgreSQLContainer postgres, MailServer mail) {
    this.kafka = kafka;
    this.postgres = postgres;
    this.mail = mail;
  }

  public static ContainerInfrastructure start() {
    KafkaContainer kafka =
        new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
    PostgreSQLContainer postgres =
        new PostgreSQLContainer(POSTGRES_IMAGE)
            .withUsername(PostgresServer.USER)
            .withPassword(PostgresServer.PASSWORD);
    try {
      Startables.deepStart(kafka, postgres).join();
      ContainerInfrastructure infrastructure =
          new ContainerInfrastructure(kafka, postgres, MailServer.start(0, 0));
      log.info(
          "Container infrastructure up: Kafka {}, PostgreSQL {}",
          kafka.getBootstrapServers(),
          postgres.getJdbcUrl());
      return infrastructure;
    } catch (RuntimeException e) {
      kafka.stop();
      postgres.stop();
      throw e;
    }
  }

  @Override
  public String kafkaBootstrapServers() {
    return kafka.getBootstrapServers();
  }

  @Override
  public String postgresHost() {
    return postgres.getHost();
  }

  @Override
  public String databaseUser() {
    return postgres.getUsername();
  }

  @Override
  public String databasePassword() {
    return postgres.getPassword();
  }

  @Override
  public int postgresPort() {
    return postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
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
    mail.close();
    kafka.stop();
    postgres.stop();
  }
}
