package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import com.creditbridge.platform.inbox.RecordTraces;
import com.creditbridge.platform.inbox.UnusableEventException;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxTracing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Feeds the account snapshots of {@link Topics#PAYMENT_STATUS} to {@link CreditDecisionService},
 * one poll at a time: after a batch ingest thousands of snapshots arrive a second, and one
 * transaction per poll decides them with a fixed number of statements instead of a handful per
 * snapshot. A poll returns as soon as any record is there, so a lone snapshot is not held back.
 */
@Component
class SnapshotListener {

  private static final Logger log = LoggerFactory.getLogger(SnapshotListener.class);

  /**
   * Generous, and growing with the poll: a slow database is retried by the error handler, not
   * abandoned mid-way.
   */
  private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(30);

  private static final Duration APPLY_TIMEOUT_PER_SNAPSHOT = Duration.ofMillis(50);

  private final CreditDecisionService decisions;
  private final OutboxTracing tracing;

  SnapshotListener(CreditDecisionService decisions, OutboxTracing tracing) {
    this.decisions = decisions;
    this.tracing = tracing;
  }

  /**
   * Records that can never be applied are logged and left out; a failure of the rest (the database)
   * rolls the whole poll back and the error handler retries it with backoff, where redelivered and
   * stale snapshots change nothing.
   */
  // the group is spring.kafka.consumer.group-id (hold-service), not the listener id
  @KafkaListener(
      id = "payment-status",
      idIsGroup = false,
      topics = Topics.PAYMENT_STATUS,
      batch = "true")
  void onSnapshots(List<ConsumerRecord<String, byte[]>> records) {
    List<ReceivedSnapshot> snapshots = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      ReceivedSnapshot snapshot = usable(record);
      if (snapshot != null) {
        snapshots.add(snapshot);
        String traceparent = RecordTraces.traceparent(record);
        if (RecordTraces.sampled(traceparent)) {
          tracing.consumedWithin(
              traceparent,
              () ->
                  log.info("Deciding snapshot {} of account {}", snapshot.eventId(), record.key()));
        }
      }
    }
    if (!snapshots.isEmpty()) {
      decisions
          .applySnapshots(snapshots)
          // each account's hold events continue the trace of the snapshot that caused them
          .contextWrite(
              context -> context.put(Outbox.TRACEPARENTS_BY_KEY, RecordTraces.byKey(records)))
          .block(APPLY_TIMEOUT.plus(APPLY_TIMEOUT_PER_SNAPSHOT.multipliedBy(snapshots.size())));
    }
  }

  /**
   * The record's snapshot in the service's terms, or null (logged) when it is not one the policy
   * can read.
   */
  private static ReceivedSnapshot usable(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      log.warn("Skipped {}: no value", at(record));
      return null;
    }
    CloudEvent<PaymentStatusChanged> event;
    try {
      event = EventJson.decode(record.value(), PaymentStatusChanged.class);
    } catch (JacksonException e) {
      log.warn("Skipped {}: not a CloudEvent ({})", at(record), e.getOriginalMessage());
      return null;
    }
    if (!PaymentStatusChanged.TYPE.equals(event.type()) || event.data() == null) {
      log.warn(
          "Skipped event {} of type {} at {}: not an account snapshot",
          event.id(),
          event.type(),
          at(record));
      return null;
    }
    try {
      return new ReceivedSnapshot(event.id(), PaymentStatusTranslation.fromWire(event.data()));
    } catch (UnusableEventException e) {
      log.warn("Skipped event {} at {}: {}", event.id(), at(record), e.getMessage());
      return null;
    }
  }

  private static String at(ConsumerRecord<?, ?> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }
}
