package com.creditbridge.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureRestartTest {

  @TempDir Path dataDir;

  @Test
  void keepsTopicsRecordsAndTablesWhenRestartedOnTheSameDataDirectory() throws Exception {
    String clusterId;
    try (EmbeddedInfrastructure first = start()) {
      clusterId = clusterId(first);
      KafkaRecords.send(first.kafkaBootstrapServers(), "restart-test.events", "acct-7", "kept");
      first.createDatabase("ledger");
      try (Connection connection = connect(first, "ledger")) {
        connection.createStatement().execute("CREATE TABLE invoice (id text PRIMARY KEY)");
        connection.createStatement().execute("INSERT INTO invoice VALUES ('INV-7')");
      }
    }

    try (EmbeddedInfrastructure second = start()) {
      assertThat(clusterId(second))
          .as("the log directory is not formatted again")
          .isEqualTo(clusterId);
      var records =
          KafkaRecords.read(second.kafkaBootstrapServers(), "restart-test.events", "restart", 1);
      assertThat(records).extracting(ConsumerRecord::value).containsExactly("kept");
      second.createDatabase("ledger");
      try (Connection connection = connect(second, "ledger");
          ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM invoice")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString("id")).isEqualTo("INV-7");
      }
    }
  }

  private EmbeddedInfrastructure start() {
    return EmbeddedInfrastructure.start(InfrastructureSettings.persistentIn(dataDir));
  }

  private static String clusterId(Infrastructure infrastructure) throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers()))) {
      return admin.describeCluster().clusterId().get();
    }
  }

  private static Connection connect(Infrastructure infrastructure, String database)
      throws Exception {
    return DriverManager.getConnection(
        infrastructure.jdbcUrl(database),
        infrastructure.databaseUser(),
        infrastructure.databasePassword());
  }
}
