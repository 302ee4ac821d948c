package com.creditbridge.notification.holdevents;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code credit.hold-events.v1}. A record that is not a hold event is logged and skipped (it
 * can never succeed); any other failure is thrown, so the error handler retries it.
 */
@Component
class HoldEventsListener {

  private static final Logger log = LoggerFactory.getLogger(HoldEventsListener.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HoldEventIntake intake;

  HoldEventsListener(HoldEventIntake intake) {
    this.intake = intake;
  }

  @KafkaListener(topics = Topics.HOLD_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
  void onHoldEvent(ConsumerRecord<String, byte[]> record) {
    CloudEvent<HoldEventData> event;
    try {
      event = EventJson.decode(record.value(), HoldEventData.class);
    } catch (RuntimeException e) {
      log.error(
          "Skipping undecodable record at {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.toString());
      return;
    }
    if (event.data() == null) {
      log.error(
          "Skipping hold event {} without data at {}-{}@{}",
          event.id(),
          record.topic(),
          record.partition(),
          record.offset());
      return;
    }
    intake.accept(event, new String(record.value(), StandardCharsets.UTF_8)).block(TIMEOUT);
  }
}
