package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import com.creditbridge.platform.inbox.BatchIntake;
import com.creditbridge.platform.inbox.RecordTraces;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxTracing;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the account snapshots of {@link Topics#PAYMENT_STATUS} to {@link CreditDecisionService},
 * one poll at a time: after a batch ingest thousands of snapshots arrive a second, and one
 * transaction per poll decides them with a fixed number of statements instead of a handful per
 * snapshot. A poll returns as soon as any record is there, so a lone snapshot is not held back.
 */
@Component
class SnapshotListener {

  /**
   * Generous, and growing with the poll: a slow database is retried by the error handler, not
   * abandoned mid-way.
   */
  private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(30);

  private static final Duration APPLY_TIMEOUT_PER_SNAPSHOT = Duration.ofMillis(50);

  private final CreditDecisionService decisions;
  private final BatchIntake<ReceivedSnapshot> intake;

  SnapshotListener(CreditDecisionService decisions, OutboxTracing tracing) {
    this.decisions = decisions;
    this.intake =
        BatchIntake.traced(
            SnapshotListener.class,
            SnapshotListener::usable,
            tracing,
            (snapshot, record) ->
                "Deciding snapshot " + snapshot.eventId() + " of account " + record.key());
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
    intake.take(
        records,
        snapshots ->
            decisions
                .applySnapshots(snapshots)
                // each account's hold events continue the trace of the snapshot that caused them
                .contextWrite(
                    context -> context.put(Outbox.TRACEPARENTS_BY_KEY, RecordTraces.byKey(records)))
                .block(
                    APPLY_TIMEOUT.plus(APPLY_TIMEOUT_PER_SNAPSHOT.multipliedBy(snapshots.size()))));
  }

  /**
   * The record's snapshot in the service's terms; unusable (logged, skipped) when it is not one the
   * policy can read.
   */
  private static ReceivedSnapshot usable(ConsumerRecord<String, byte[]> record) {
    CloudEvent<PaymentStatusChanged> event =
        BatchIntake.event(record, PaymentStatusChanged.class, PaymentStatusChanged.TYPE);
    // throws UnusableEventException for a snapshot the policy cannot read
    return new ReceivedSnapshot(event.id(), PaymentStatusTranslation.fromWire(event.data()));
  }
}
