package com.creditbridge.notification.digest;

import com.creditbridge.contracts.AccountActivityType;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.NoteAdded;
import com.creditbridge.contracts.Topics;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the internal {@code credit.account-activity.v1} into the digest's read model. Records that
 * cannot be decoded are logged and skipped; other failures are retried by the error handler.
 */
@Component
class AccountActivityListener {

  private static final Logger log = LoggerFactory.getLogger(AccountActivityListener.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final AccountActivity activity;

  AccountActivityListener(AccountActivity activity) {
    this.activity = activity;
  }

  @KafkaListener(topics = Topics.ACCOUNT_ACTIVITY, groupId = "${spring.kafka.consumer.group-id}")
  void onActivity(ConsumerRecord<String, byte[]> record) {
    Mono<Void> effect;
    try {
      effect = decoded(record.value());
    } catch (RuntimeException e) {
      log.error(
          "Skipping unusable record at {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.toString());
      return;
    }
    effect.block(TIMEOUT); // failures here are thrown: the error handler retries
  }

  private Mono<Void> decoded(byte[] value) {
    String type = EventJson.decode(value, Object.class).type();
    if (AccountActivityType.STATUS_UPDATED.equals(type)) {
      CloudEvent<HoldEventData> event = EventJson.decode(value, HoldEventData.class);
      if (event.data() == null || event.data().accountId() == null) {
        throw new IllegalArgumentException("no account in " + event.id());
      }
      return activity.statusUpdated(event);
    }
    if (AccountActivityType.NOTE_ADDED.equals(type)) {
      CloudEvent<NoteAdded> event = EventJson.decode(value, NoteAdded.class);
      if (event.data() == null || event.data().accountId() == null) {
        throw new IllegalArgumentException("no account in " + event.id());
      }
      return activity.noteAdded(event);
    }
    log.debug("Ignoring account activity of type {}", type);
    return Mono.empty();
  }
}
