package com.creditbridge.notification.support;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.Reason;
import com.creditbridge.contracts.Topics;
import com.creditbridge.infrastructure.KafkaClients;
import com.creditbridge.infrastructure.TestInfrastructure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;

/** Publishes hold events the way the hold-service does: structured CloudEvents keyed by account. */
public final class HoldEvents {

  private static KafkaProducer<String, byte[]> producer;

  private HoldEvents() {}

  /** A hold placed on a new account owned by the given people. */
  public static CloudEvent<HoldEventData> placed(Party salesRep, Party creditAnalyst) {
    String accountId = "acme-" + UUID.randomUUID();
    var data =
        new HoldEventData(
            accountId,
            "ACME Corp",
            CreditStatus.ON_HOLD,
            CreditStatus.APPROACHING,
            List.of(
                new Reason(
                    "PAST_DUE",
                    "Invoice INV-1 (1200.00 EUR) is 70 days past due.",
                    "INV-1",
                    70,
                    new BigDecimal("1200.00"))),
            null,
            new BigDecimal("1200.00"),
            new BigDecimal("12500.00"),
            new BigDecimal("10000.00"),
            "EUR",
            salesRep,
            creditAnalyst,
            null,
            "dec-" + UUID.randomUUID(),
            1,
            "enterprise",
            null,
            null);
    return CloudEvent.of(
        "evt-" + UUID.randomUUID(),
        "/creditbridge/hold-service",
        "credit.hold.placed",
        accountId,
        Instant.parse("2026-05-10T08:00:00Z"),
        data);
  }

  /** Sends the bytes and waits for the broker's acknowledgement. */
  public static void publish(String accountId, byte[] value) {
    publish(Topics.HOLD_EVENTS, accountId, value);
  }

  static void publish(String topic, String accountId, byte[] value) {
    try {
      producer().send(new ProducerRecord<>(topic, accountId, value)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + topic, e);
    }
  }

  /**
   * Sends without waiting for the broker (a burst, as the hold-service's relay sends them); {@link
   * #flush} waits for every send so far.
   */
  public static Future<RecordMetadata> send(CloudEvent<HoldEventData> event) {
    return producer()
        .send(new ProducerRecord<>(Topics.HOLD_EVENTS, event.subject(), EventJson.encode(event)));
  }

  static Future<RecordMetadata> send(String topic, String key, byte[] value) {
    return producer().send(new ProducerRecord<>(topic, key, value));
  }

  public static void flush() {
    producer().flush();
  }

  public static byte[] publish(CloudEvent<HoldEventData> event) {
    byte[] value = EventJson.encode(event);
    publish(event.subject(), value);
    return value;
  }

  static void createTopic() {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.shared().kafkaBootstrapServers()))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(Topics.HOLD_EVENTS, 3, (short) 1),
                  new NewTopic(Topics.ACCOUNT_ACTIVITY, 3, (short) 1),
                  new NewTopic(Topics.PAYMENT_STATUS, 3, (short) 1)))
          .all()
          .get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException(e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static synchronized KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      producer = KafkaClients.producer(TestInfrastructure.shared().kafkaBootstrapServers());
    }
    return producer;
  }
}
