package com.creditbridge.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** The W3C trace a Kafka record carries (the outbox relay sets the {@code traceparent} header). */
public final class RecordTraces {

  private static final String TRACEPARENT = "traceparent";

  private RecordTraces() {}

  /** The record's {@code traceparent}, or null. */
  public static String traceparent(ConsumerRecord<?, ?> record) {
    Header header = record.headers().lastHeader(TRACEPARENT);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** Whether the trace is recorded (its flags say sampled), so worth a line in the log. */
  public static boolean sampled(String traceparent) {
    return traceparent != null && traceparent.endsWith("-01");
  }

  /** Each key's latest record's {@code traceparent}, for {@code Outbox.TRACEPARENTS_BY_KEY}. */
  public static Map<String, String> byKey(List<? extends ConsumerRecord<String, ?>> records) {
    Map<String, String> byKey = new HashMap<>();
    for (ConsumerRecord<String, ?> record : records) {
      String traceparent = traceparent(record);
      if (record.key() != null && traceparent != null) {
        byKey.put(record.key(), traceparent);
      }
    }
    return byKey;
  }
}
