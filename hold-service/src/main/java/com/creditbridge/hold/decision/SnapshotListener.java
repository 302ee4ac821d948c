package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the account snapshots of {@link Topics#PAYMENT_STATUS} to {@link CreditDecisions}. */
@Component
class SnapshotListener {

  private static final Logger log = LoggerFactory.getLogger(SnapshotListener.class);

  /** Generous: a slow database is retried by the error handler, not abandoned mid-way. */
  private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(30);

  private final CreditDecisions decisions;

  SnapshotListener(CreditDecisions decisions) {
    this.decisions = decisions;
  }

  // the group is spring.kafka.consumer.group-id (hold-service), not the listener id
  @KafkaListener(id = "payment-status", idIsGroup = false, topics = Topics.PAYMENT_STATUS)
  void onSnapshot(ConsumerRecord<String, byte[]> record) {
    // an undecodable record throws here; the error handler logs and skips it (not retryable)
    CloudEvent<PaymentStatusChanged> event =
        EventJson.decode(record.value(), PaymentStatusChanged.class);
    if (!PaymentStatusChanged.TYPE.equals(event.type()) || event.data() == null) {
      log.warn(
          "Skipped event {} of type {} at {}-{}@{}: not an account snapshot",
          event.id(),
          event.type(),
          record.topic(),
          record.partition(),
          record.offset());
      return;
    }
    decisions.applySnapshot(event).block(APPLY_TIMEOUT);
  }
}
