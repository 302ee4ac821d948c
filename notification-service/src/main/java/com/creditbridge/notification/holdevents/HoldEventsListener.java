package com.creditbridge.notification.holdevents;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.ReviewEventType;
import com.creditbridge.contracts.ReviewRequestData;
import com.creditbridge.contracts.Topics;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldEventTranslation;
import com.creditbridge.notification.change.ReviewChange;
import com.creditbridge.notification.change.ReviewEventTranslation;
import com.creditbridge.notification.holdevents.HoldEventIntake.Received;
import com.creditbridge.notification.webhook.WebhookDeliveries;
import com.creditbridge.notification.webhook.rules.Subscription.EventFacts;
import com.creditbridge.platform.inbox.BatchIntake;
import com.creditbridge.platform.inbox.UnusableEventException;
import com.creditbridge.platform.outbox.OutboxTracing;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code credit.hold-events.v1}, a poll at a time. A record that is not a hold event is
 * logged and skipped (it can never succeed); any other failure is thrown, so the error handler
 * retries the poll (events already taken in are recognised and ignored).
 */
@Component
class HoldEventsListener {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HoldEventIntake intake;
  private final BatchIntake<Received> records;

  HoldEventsListener(HoldEventIntake intake, OutboxTracing tracing) {
    this.intake = intake;
    this.records =
        BatchIntake.traced(
            HoldEventsListener.class,
            HoldEventsListener::received,
            tracing,
            (received, record) ->
                "Taking in "
                    + received.type()
                    + " "
                    + received.eventId()
                    + " for account "
                    + record.key());
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
    this.records.take(records, usable -> intake.acceptAll(usable).block(TIMEOUT));
  }

  /**
   * The event translated into the service's terms, with the exact JSON webhooks carry; unusable
   * without data. A review request's event ({@code credit.review.*}) is translated as a review.
   */
  private static Received received(ConsumerRecord<String, byte[]> record) {
    String body = new String(record.value(), StandardCharsets.UTF_8);
    CloudEvent<Object> envelope = BatchIntake.event(record, Object.class, null);
    var reviewType = ReviewEventType.fromWireName(envelope.type());
    if (reviewType.isPresent()) {
      CloudEvent<ReviewRequestData> event =
          BatchIntake.event(record, ReviewRequestData.class, null);
      if (event.data().accountId() == null) {
        throw new UnusableEventException("event " + event.id() + " names no account");
      }
      ReviewChange review;
      try {
        review = ReviewEventTranslation.review(reviewType.get(), event.data());
      } catch (IllegalArgumentException e) {
        throw new UnusableEventException("event " + event.id() + ": " + e.getMessage());
      }
      return new Received(
          event.id(),
          event.type(),
          event.time(),
          event.data().accountId(),
          new EventFacts(event.type(), event.data().salesRepId(), null),
          null,
          review,
          body);
    }
    CloudEvent<HoldEventData> event = BatchIntake.event(record, HoldEventData.class, null);
    HoldChange change = HoldEventTranslation.change(event.data());
    return new Received(
        event.id(),
        event.type(),
        event.time(),
        change.accountId(),
        WebhookDeliveries.facts(event.type(), change),
        change,
        null,
        body);
  }
}
