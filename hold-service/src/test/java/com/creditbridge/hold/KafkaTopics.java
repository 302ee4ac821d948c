package com.creditbridge.hold;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Topics;
import com.creditbridge.contracts.WordingChanged;
import com.creditbridge.infrastructure.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Plain Kafka clients standing in for the account-service (writes snapshots) and the
 * notification-service (reads hold events and account activity from the start of the topics).
 */
public final class KafkaTopics implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

  public KafkaTopics(String bootstrapServers) {
    createTopics(bootstrapServers);
    producer = KafkaClients.producer(bootstrapServers);
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        List.of(Topics.HOLD_EVENTS, Topics.ACCOUNT_ACTIVITY).stream()
            .flatMap(topic -> consumer.partitionsFor(topic).stream())
            .map(info -> new TopicPartition(info.topic(), info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  public void publishSnapshot(CloudEvent<?> snapshot) {
    publish(snapshot.subject(), EventJson.encode(snapshot));
  }

  /** Writes many snapshots without waiting for each, as a batch ingest would; then waits once. */
  public void publishSnapshots(List<? extends CloudEvent<?>> snapshots) {
    publishAll(
        snapshots.stream()
            .map(snapshot -> Map.entry(snapshot.subject(), EventJson.encode(snapshot)))
            .toList());
  }

  /** Writes raw records (key, value) to the snapshot topic without waiting for each. */
  public void publishAll(List<Map.Entry<String, byte[]>> records) {
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (Map.Entry<String, byte[]> record : records) {
        sent.add(
            producer.send(
                new ProducerRecord<>(Topics.PAYMENT_STATUS, record.getKey(), record.getValue())));
      }
      producer.flush();
      for (Future<?> future : sent) {
        future.get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + Topics.PAYMENT_STATUS, e);
    }
  }

  /** Writes a raw record to the snapshot topic, as a faulty producer might. */
  public void publish(String accountId, byte[] value) {
    try {
      producer
          .send(new ProducerRecord<>(Topics.PAYMENT_STATUS, accountId, value))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + Topics.PAYMENT_STATUS, e);
    }
  }

  /**
   * Writes a record to the wording topic under its one key, as the notification-service does; the
   * answer says where it landed, so a test can wait for the hold-service to have read past it.
   */
  public RecordMetadata publishWording(byte[] value) {
    try {
      return producer
          .send(new ProducerRecord<>(Topics.WORDING, WordingChanged.KEY, value))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + Topics.WORDING, e);
    }
  }

  /** Every hold event keyed by this account so far, in topic order. */
  public List<CloudEvent<HoldEventData>> holdEventsFor(String accountId) {
    return eventsFor(Topics.HOLD_EVENTS, accountId, HoldEventData.class);
  }

  /** Every event on {@code topic} keyed by this account so far, in topic order. */
  public synchronized <T> List<CloudEvent<T>> eventsFor(
      String topic, String accountId, Class<T> dataType) {
    consumer.poll(Duration.ofMillis(100)).forEach(records::add);
    return records.stream()
        .filter(record -> topic.equals(record.topic()) && accountId.equals(record.key()))
        .map(record -> EventJson.decode(record.value(), dataType))
        .toList();
  }

  /** Every event of this type on {@code topic} so far, whatever its key, in topic order. */
  public synchronized <T> List<CloudEvent<T>> eventsOfType(
      String topic, String type, Class<T> dataType) {
    consumer.poll(Duration.ofMillis(100)).forEach(records::add);
    return records.stream()
        .filter(record -> topic.equals(record.topic()))
        .map(record -> EventJson.decode(record.value(), Object.class))
        .filter(event -> type.equals(event.type()))
        .map(event -> EventJson.decode(EventJson.encode(event), dataType))
        .toList();
  }

  @Override
  public synchronized void close() {
    producer.close();
    consumer.close();
  }

  /** Creates the topics up front, so the reader can be assigned every partition at once. */
  private static void createTopics(String bootstrapServers) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      for (String topic :
          List.of(
              Topics.PAYMENT_STATUS, Topics.HOLD_EVENTS, Topics.ACCOUNT_ACTIVITY, Topics.WORDING)) {
        try {
          admin
              .createTopics(List.of(new NewTopic(topic, 3, (short) 1)))
              .all()
              .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("could not create " + topic, e);
          }
        } catch (InterruptedException | TimeoutException e) {
          throw new IllegalStateException("could not create " + topic, e);
        }
      }
    }
  }
}
