package com.creditbridge.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Text records for the infrastructure tests: write one, read a topic from the start. */
final class KafkaRecords {

  private KafkaRecords() {}

  static void send(String bootstrapServers, String topic, String key, String value)
      throws Exception {
    try (var producer = KafkaClients.producer(bootstrapServers)) {
      producer
          .send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8)))
          .get(30, TimeUnit.SECONDS);
    }
  }

  /** Reads from the earliest offset until {@code expected} records arrived or 30 s passed. */
  static List<ConsumerRecord<String, String>> read(
      String bootstrapServers, String topic, String group, int expected) {
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (var consumer = KafkaClients.consumerFromStart(bootstrapServers)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer
            .poll(Duration.ofMillis(500))
            .forEach(
                r ->
                    records.add(
                        new ConsumerRecord<>(
                            r.topic(),
                            r.partition(),
                            r.offset(),
                            r.key(),
                            new String(r.value(), StandardCharsets.UTF_8))));
      }
    }
    return records;
  }
}
