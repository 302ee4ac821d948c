package com.creditbridge.bench.baseline;

import com.creditbridge.bench.load.LatencySample;
import com.creditbridge.infrastructure.KafkaClients;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The broker alone: records of a snapshot's size produced (acks=all, as the outbox relay does) to a
 * fresh topic keyed by account, and consumed by one consumer, with nothing in between.
 */
public final class KafkaBaseline {

  /** About the size of an account snapshot or a hold event. */
  public static final int RECORD_BYTES = 1200;

  private final String bootstrapServers;

  public KafkaBaseline(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** Records per second from the first send to the last record consumed. */
  public double throughput(int records) {
    String topic = "bench-baseline-" + UUID.randomUUID();
    byte[] value = new byte[RECORD_BYTES];
    try (KafkaProducer<String, byte[]> producer = KafkaClients.producer(bootstrapServers);
        KafkaConsumer<String, byte[]> consumer = KafkaClients.consumerFromStart(bootstrapServers)) {
      consumer.subscribe(List.of(topic));
      consumer.poll(Duration.ofMillis(100)); // joins the group before the clock starts
      long start = System.nanoTime();
      for (int n = 0; n < records; n++) {
        producer.send(new ProducerRecord<>(topic, "account-" + (n % 5000), value));
      }
      producer.flush();
      int consumed = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (consumed < records && System.nanoTime() < deadline) {
        consumed += consumer.poll(Duration.ofMillis(100)).count();
      }
      if (consumed < records) {
        throw new IllegalStateException("consumed only " + consumed + " of " + records);
      }
      return records / ((System.nanoTime() - start) / 1e9);
    }
  }

  /** Produce→consume latency of records sent at a fixed rate, each carrying its send time. */
  public LatencySample latency(double perSecond, int records) {
    String topic = "bench-baseline-" + UUID.randomUUID();
    long[] nanos = new long[records];
    try (KafkaProducer<String, byte[]> producer = KafkaClients.producer(bootstrapServers);
        KafkaConsumer<String, byte[]> consumer = KafkaClients.consumerFromStart(bootstrapServers)) {
      consumer.subscribe(List.of(topic));
      producer.send(new ProducerRecord<>(topic, "warm-up", new byte[RECORD_BYTES]));
      producer.flush();
      while (consumer.poll(Duration.ofMillis(100)).isEmpty()) {
        // until the consumer owns its partitions and has read the warm-up record
      }
      long start = System.nanoTime();
      long interval = (long) (1e9 / perSecond);
      int consumed = 0;
      int sent = 0;
      long deadline = start + Duration.ofMinutes(2).toNanos();
      while (consumed < records && System.nanoTime() < deadline) {
        while (sent < records && System.nanoTime() >= start + sent * interval) {
          ByteBuffer value = ByteBuffer.allocate(RECORD_BYTES);
          value.putInt(sent).putLong(start + sent * interval);
          producer.send(new ProducerRecord<>(topic, "account-" + (sent % 5000), value.array()));
          sent++;
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(1))) {
          ByteBuffer value = ByteBuffer.wrap(record.value());
          int n = value.getInt();
          nanos[n] = System.nanoTime() - value.getLong();
          consumed++;
        }
        if (sent < records && consumed == sent) {
          LockSupport.parkNanos(Math.max(0, start + sent * interval - System.nanoTime()));
        }
      }
      return new LatencySample(nanos, System.nanoTime() - start, records - consumed);
    }
  }
}
