package com.creditbridge.hold.rebuild;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.ServiceTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The procedure of docs/reliability.md: the hold-service lost what it decided (here: its rows for
 * three accounts; in real life the whole database), its consumer group goes back to the start of
 * the compacted {@code account.payment-status.v1}, and every status comes back.
 */
class RebuildFromTheLogTest extends ServiceTest {

  private static final List<String> DECIDED_TABLES =
      List.of("credit_status", "credit_decision", "account_snapshot", "timeline_entry");

  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired DatabaseClient db;

  @Test
  void statusesComeBackFromThePaymentStatusTopicAfterTheDecisionsAreLost() throws Exception {
    String onHold =
        knownAccount(
            account(newAccount()).invoice("INV-1", "1200.00", "2026-03-01"), CreditStatus.ON_HOLD);
    String clear =
        knownAccount(
            account(newAccount()).invoice("INV-2", "100.00", "2026-06-01"), CreditStatus.CLEAR);
    List<String> accounts = List.of(onHold, clear);
    MessageListenerContainer snapshots = listeners.getListenerContainer("payment-status");

    snapshots.stop();
    for (String table : DECIDED_TABLES) {
      db.sql("delete from " + table + " where account_id in (:accounts)")
          .bind("accounts", accounts)
          .then()
          .block(Duration.ofSeconds(10));
    }
    // with the database, the record of which snapshots were consumed is gone too
    for (String account : accounts) {
      db.sql("delete from consumed_event where topic = :topic and event_id like :id")
          .bind("topic", Topics.PAYMENT_STATUS)
          .bind("id", "snapshot-" + account + "-%")
          .then()
          .block(Duration.ofSeconds(10));
    }
    assertThat(currentStatus(onHold)).isNull();
    resetToTheStart("hold-service", Topics.PAYMENT_STATUS);
    snapshots.start();

    awaitStatus(onHold, CreditStatus.ON_HOLD);
    awaitStatus(clear, CreditStatus.CLEAR);
  }

  /** What `kafka-consumer-groups --reset-offsets --to-earliest` does; the group must be empty. */
  private static void resetToTheStart(String group, String topic) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
      await()
          .atMost(TIMEOUT)
          .ignoreExceptions()
          .until(
              () -> {
                Map<TopicPartition, OffsetAndMetadata> start =
                    admin
                        .describeTopics(List.of(topic))
                        .allTopicNames()
                        .get()
                        .get(topic)
                        .partitions()
                        .stream()
                        .collect(
                            Collectors.toMap(
                                p -> new TopicPartition(topic, p.partition()),
                                p -> new OffsetAndMetadata(0)));
                admin.alterConsumerGroupOffsets(group, start).all().get();
                return true;
              });
    }
  }
}
