package com.creditbridge.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A running Kafka broker, PostgreSQL server and SMTP/IMAP server that services and tests point at.
 * Every address is on this machine.
 */
public interface Infrastructure extends AutoCloseable {

  /** Host of the SMTP and IMAP servers, which always run in this JVM. */
  String MAIL_HOST = "127.0.0.1";

  String kafkaBootstrapServers();

  String postgresHost();

  int postgresPort();

  String databaseUser();

  String databasePassword();

  default String jdbcUrl(String database) {
    return "jdbc:postgresql://" + postgresHost() + ":" + postgresPort() + "/" + database;
  }

  default String r2dbcUrl(String database) {
    return "r2dbc:postgresql://" + postgresHost() + ":" + postgresPort() + "/" + database;
  }

  int smtpPort();

  /** IMAP port; every recipient's mailbox logs in with login = password = the address. */
  int imapPort();

  /** Creates the database unless it exists already. */
  default void createDatabase(String name) {
    Databases.create(jdbcUrl("postgres"), databaseUser(), databasePassword(), name);
  }

  /**
   * The Spring properties that point a service at this infrastructure with {@code database} as its
   * database, which is created if missing.
   */
  default Map<String, String> springProperties(String database) {
    createDatabase(database);
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.r2dbc.url", r2dbcUrl(database));
    properties.put("spring.r2dbc.username", databaseUser());
    properties.put("spring.r2dbc.password", databasePassword());
    properties.put("spring.flyway.url", jdbcUrl(database));
    properties.put("spring.flyway.user", databaseUser());
    properties.put("spring.flyway.password", databasePassword());
    properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
    properties.put("spring.mail.host", MAIL_HOST);
    properties.put("spring.mail.port", String.valueOf(smtpPort()));
    // the replies mailbox (read by the notification-service when creditbridge.replies.enabled)
    properties.put("creditbridge.replies.host", MAIL_HOST);
    properties.put("creditbridge.replies.port", String.valueOf(imapPort()));
    return properties;
  }

  @Override
  void close();
}
