package com.creditbridge.account.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import com.creditbridge.infrastructure.KafkaClients;
import com.creditbridge.infrastructure.TestInfrastructure;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** The snapshots the service published, read back from the topic by the batch tests. */
final class PublishedSnapshots {

  private PublishedSnapshots() {}

  /**
   * The newest snapshot of each account, once every account's has reached {@code ledgerVersion}.
   */
  static Map<String, PaymentStatusChanged> newest(
      Set<String> accounts, long ledgerVersion, Duration timeout) {
    Map<String, PaymentStatusChanged> last = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer =
        KafkaClients.consumerFromStart(TestInfrastructure.shared().kafkaBootstrapServers())) {
      consumer.subscribe(List.of(Topics.PAYMENT_STATUS));
      await()
          .atMost(timeout)
          .pollInSameThread()
          .pollDelay(Duration.ZERO)
          .untilAsserted(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        r -> {
                          if (accounts.contains(r.key())) {
                            PaymentStatusChanged data =
                                EventJson.decode(r.value(), PaymentStatusChanged.class).data();
                            last.merge(
                                r.key(),
                                data,
                                (a, b) -> a.ledgerVersion() >= b.ledgerVersion() ? a : b);
                          }
                        });
                assertThat(last).hasSize(accounts.size());
                assertThat(last.values()).allMatch(s -> s.ledgerVersion() == ledgerVersion);
              });
    }
    return last;
  }
}
