package com.creditbridge.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InfrastructureTest {

  private static Infrastructure infrastructure;

  @BeforeAll
  static void startInfrastructure() {
    infrastructure = TestInfrastructure.shared();
  }

  @Test
  void carriesARecordFromAProducerToAConsumer() throws Exception {
    String servers = infrastructure.kafkaBootstrapServers();

    KafkaRecords.send(servers, "infrastructure-test.round-trip", "acct-1", "hello");

    var records = KafkaRecords.read(servers, "infrastructure-test.round-trip", "round-trip", 1);
    assertThat(records)
        .extracting(ConsumerRecord::key, ConsumerRecord::value)
        .containsExactly(tuple("acct-1", "hello"));
  }

  @Test
  void runsPostgresql18() throws Exception {
    try (Connection connection = connect("postgres");
        ResultSet result = connection.createStatement().executeQuery("SHOW server_version_num")) {
      result.next();
      assertThat(result.getInt(1)).isBetween(180000, 189999);
      assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(18);
    }
  }

  @Test
  void createsADatabaseOnceAndAcceptsBeingAskedAgain() throws Exception {
    infrastructure.createDatabase("twice");
    infrastructure.createDatabase("twice");

    try (Connection connection = connect("twice")) {
      assertThat(connection.getCatalog()).isEqualTo("twice");
    }
  }

  @Test
  void pointsSpringAtTheServersAndCreatesTheDatabase() throws Exception {
    var properties = infrastructure.springProperties("ledger");

    assertThat(properties)
        .containsEntry("spring.r2dbc.url", infrastructure.r2dbcUrl("ledger"))
        .containsEntry("spring.flyway.url", infrastructure.jdbcUrl("ledger"))
        .containsEntry("spring.r2dbc.username", infrastructure.databaseUser())
        .containsEntry("spring.flyway.user", infrastructure.databaseUser())
        .containsEntry("spring.r2dbc.password", infrastructure.databasePassword())
        .containsEntry("spring.flyway.password", infrastructure.databasePassword())
        .containsEntry("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers())
        .containsEntry("spring.mail.host", "127.0.0.1")
        .containsEntry("spring.mail.port", String.valueOf(infrastructure.smtpPort()))
        .containsEntry("creditbridge.replies.host", "127.0.0.1")
        .containsEntry("creditbridge.replies.port", String.valueOf(infrastructure.imapPort()));
    try (Connection connection = connect("ledger")) {
      assertThat(connection.isValid(5)).isTrue();
    }
  }

  @Test
  void deliversMailToAMailboxThatLogsInWithTheRecipientAddress() throws Exception {
    String recipient = "rep@example.test";
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", "127.0.0.1");
    smtp.put("mail.smtp.port", String.valueOf(infrastructure.smtpPort()));
    MimeMessage message = new MimeMessage(Session.getInstance(smtp));
    message.setFrom(new InternetAddress("creditbridge@example.test"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
    message.setSubject("ACME is on credit hold");
    message.setText("Invoice INV-1 is 61 days past due.");

    Transport.send(message);

    Properties imap = new Properties();
    imap.put("mail.imap.host", "127.0.0.1");
    imap.put("mail.imap.port", String.valueOf(infrastructure.imapPort()));
    Store store = Session.getInstance(imap).getStore("imap");
    store.connect(recipient, recipient);
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      Message[] received = inbox.getMessages();
      assertThat(received).hasSize(1);
      assertThat(received[0].getSubject()).isEqualTo("ACME is on credit hold");
      assertThat(received[0].getContent().toString()).contains("61 days past due");
      inbox.close(false);
    } finally {
      store.close();
    }
  }

  private static Connection connect(String database) throws Exception {
    return DriverManager.getConnection(
        infrastructure.jdbcUrl(database),
        infrastructure.databaseUser(),
        infrastructure.databasePassword());
  }
}
