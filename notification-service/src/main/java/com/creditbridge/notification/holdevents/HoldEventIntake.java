package com.creditbridge.notification.holdevents;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.contracts.Topics;
import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.escalation.Escalations;
import com.creditbridge.notification.message.MessageStore;
import com.creditbridge.notification.message.NotificationMessage;
import com.creditbridge.notification.webhook.WebhookDeliveries;
import com.creditbridge.notification.webhook.rules.Subscription.EventFacts;
import com.creditbridge.platform.inbox.ConsumedEvents;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Takes in one hold event: in one transaction, records it as consumed, stores the message and plans
 * its webhook deliveries and emails. Nothing is sent here; the workers send.
 */
@Service
class HoldEventIntake {

  private static final Logger log = LoggerFactory.getLogger(HoldEventIntake.class);

  private final ConsumedEvents consumed;
  private final MessageStore messages;
  private final WebhookDeliveries webhooks;
  private final Emails emails;
  private final Escalations escalations;
  private final TransactionalOperator transactions;
  private final Clock clock;

  HoldEventIntake(
      ConsumedEvents consumed,
      MessageStore messages,
      WebhookDeliveries webhooks,
      Emails emails,
      Escalations escalations,
      TransactionalOperator transactions,
      Clock clock) {
    this.consumed = consumed;
    this.messages = messages;
    this.webhooks = webhooks;
    this.emails = emails;
    this.escalations = escalations;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * A large hold asking for an acknowledgement gets the escalation email instead of the plain one.
   */
  private Mono<Long> plannedEmails(NotificationMessage message, HoldEventData data, Instant now) {
    boolean escalates =
        HoldEventType.PLACED.wireName().equals(message.eventType()) && data.escalation() != null;
    return escalates ? escalations.open(message, data, now) : emails.schedule(message, data, now);
  }

  /**
   * @param body the record value as received: the exact JSON the webhooks will carry
   */
  Mono<Void> accept(CloudEvent<HoldEventData> event, String body) {
    return Mono.defer(
            () -> {
              Instant now = clock.instant();
              HoldEventData data = event.data();
              var message =
                  new NotificationMessage(
                      event.id(),
                      event.type(),
                      data.accountId(),
                      body,
                      event.time() == null ? now : event.time());
              EventFacts facts = WebhookDeliveries.facts(event.type(), data);
              return consumed
                  .markConsumed(Topics.HOLD_EVENTS, event.id())
                  .flatMap(
                      first -> {
                        if (!first) {
                          log.debug("Hold event {} was consumed before; ignored", event.id());
                          return Mono.empty();
                        }
                        // one after the other: they share the transaction's connection
                        return messages
                            .store(message, now)
                            .then(webhooks.schedule(message, facts, now))
                            .flatMap(
                                deliveries ->
                                    plannedEmails(message, data, now)
                                        .doOnNext(
                                            mails ->
                                                log.info(
                                                    "Hold event {} ({}) for account {}: {} webhook"
                                                        + " deliveries, {} emails planned",
                                                    event.id(),
                                                    event.type(),
                                                    data.accountId(),
                                                    deliveries,
                                                    mails)))
                            .then();
                      });
            })
        .as(transactions::transactional);
  }
}
