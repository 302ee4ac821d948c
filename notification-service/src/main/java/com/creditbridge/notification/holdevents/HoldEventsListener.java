package com.creditbridge.notification.holdevents;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Topics;
import com.creditbridge.notification.holdevents.HoldEventIntake.Received;
import com.creditbridge.platform.inbox.RecordTraces;
import com.creditbridge.platform.outbox.OutboxTracing;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code credit.hold-events.v1}, a poll at a time. A record that is not a hold event is
 * logged and skipped (it can never succeed); any other failure is thrown, so the error handler
 * retries the poll (events already taken in are recognised and ignored).
 */
@Component
class HoldEventsListener {

  private static final Logger log = LoggerFactory.getLogger(HoldEventsListener.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HoldEventIntake intake;
  private final OutboxTracing tracing;

  HoldEventsListener(HoldEventIntake intake, OutboxTracing tracing) {
    this.intake = intake;
    this.tracing = tracing;
  }

  /**
   * A whole poll at once: one transaction for all of its events instead of one each, which is what
   * lets the intake keep up with bursts of hold events.
   */
  @KafkaListener(
      topics = Topics.HOLD_EVENTS,
      groupId = "${spring.kafka.consumer.group-id}",
      batch = "true")
  void onHoldEvents(List<ConsumerRecord<String, byte[]>> records) {
    List<Received> usable = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      decode(record)
          .ifPresent(
              received -> {
                usable.add(received);
                // the poll is taken in outside any one trace: a recorded one still shows here
                String traceparent = RecordTraces.traceparent(record);
                if (RecordTraces.sampled(traceparent)) {
                  tracing.consumedWithin(
                      traceparent,
                      () ->
                          log.info(
                              "Taking in {} {} for account {}",
                              received.event().type(),
                              received.event().id(),
                              record.key()));
                }
              });
    }
    if (!usable.isEmpty()) {
      intake.acceptAll(usable).block(TIMEOUT);
    }
  }

  private static Optional<Received> decode(ConsumerRecord<String, byte[]> record) {
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
      return Optional.empty();
    }
    if (event.data() == null) {
      log.error(
          "Skipping hold event {} without data at {}-{}@{}",
          event.id(),
          record.topic(),
          record.partition(),
          record.offset());
      return Optional.empty();
    }
    return Optional.of(new Received(event, new String(record.value(), StandardCharsets.UTF_8)));
  }
}
