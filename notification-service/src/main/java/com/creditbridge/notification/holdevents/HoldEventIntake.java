package com.creditbridge.notification.holdevents;

import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.contracts.Topics;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.ReviewChange;
import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.Emails.HoldEmail;
import com.creditbridge.notification.escalation.Escalations;
import com.creditbridge.notification.message.MessageStore;
import com.creditbridge.notification.message.NotificationMessage;
import com.creditbridge.notification.review.ManualHoldEmails;
import com.creditbridge.notification.review.ReviewEmails;
import com.creditbridge.notification.review.ReviewEmails.ReviewEmail;
import com.creditbridge.notification.webhook.WebhookDeliveries;
import com.creditbridge.notification.webhook.WebhookDeliveries.Planned;
import com.creditbridge.notification.webhook.rules.Subscription.EventFacts;
import com.creditbridge.platform.inbox.ConsumedEvents;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Takes in hold events and review requests' events: in one transaction, records them as consumed,
 * stores the messages and plans their webhook deliveries and emails (hold emails, escalations,
 * review emails and the sales manager's email about a manual hold on a large account). Nothing is
 * sent here; the workers send.
 */
@Service
class HoldEventIntake {

  private static final Logger log = LoggerFactory.getLogger(HoldEventIntake.class);

  private final ConsumedEvents consumed;
  private final MessageStore messages;
  private final WebhookDeliveries webhooks;
  private final Emails emails;
  private final Escalations escalations;
  private final ReviewEmails reviewEmails;
  private final ManualHoldEmails manualHoldEmails;
  private final TransactionalOperator transactions;
  private final Clock clock;

  HoldEventIntake(
      ConsumedEvents consumed,
      MessageStore messages,
      WebhookDeliveries webhooks,
      Emails emails,
      Escalations escalations,
      ReviewEmails reviewEmails,
      ManualHoldEmails manualHoldEmails,
      TransactionalOperator transactions,
      Clock clock) {
    this.consumed = consumed;
    this.messages = messages;
    this.webhooks = webhooks;
    this.emails = emails;
    this.escalations = escalations;
    this.reviewEmails = reviewEmails;
    this.manualHoldEmails = manualHoldEmails;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * An event of the hold events topic as the listener translated it, and the record value as
   * received: the exact JSON webhooks carry.
   *
   * @param time when it happened; null when the event does not say
   * @param facts what webhook subscriptions match on
   * @param change the account's evaluation for a hold event; null for a review request's event
   * @param review the request for a review request's event; null for a hold event
   */
  record Received(
      String eventId,
      String type,
      Instant time,
      String accountId,
      EventFacts facts,
      HoldChange change,
      ReviewChange review,
      String body) {}

  /**
   * Takes in a consumer's whole poll in one transaction: the poll's events are marked consumed in
   * one statement (one seen before is ignored), then the new ones are stored and their deliveries
   * and emails planned together. Once committed, the delivery workers are woken.
   */
  Mono<Void> acceptAll(List<Received> batch) {
    // the policy is read over HTTP before the transaction, and only for a poll with a manual hold
    boolean manualHold =
        batch.stream()
            .anyMatch(r -> r.change() != null && ManualHoldEmails.concerns(r.type(), r.change()));
    Mono<Optional<BigDecimal>> threshold =
        manualHold
            ? manualHoldEmails.threshold().map(Optional::of)
            : Mono.just(Optional.<BigDecimal>empty());
    return threshold
        .flatMap(
            jointDecisionExposure ->
                Mono.defer(
                        () -> {
                          Instant now = clock.instant();
                          return consumed
                              .fresh(Topics.HOLD_EVENTS, batch, Received::eventId)
                              .flatMap(fresh -> plan(fresh, now, jointDecisionExposure));
                        })
                    .as(transactions::transactional))
        .doOnSuccess(planned -> webhooks.committed())
        .then();
  }

  private Mono<Long> plan(
      List<Received> fresh, Instant now, Optional<BigDecimal> jointDecisionExposure) {
    if (fresh.isEmpty()) {
      return Mono.just(0L);
    }
    List<NotificationMessage> stored = new ArrayList<>();
    List<Planned> deliveries = new ArrayList<>();
    List<HoldEmail> plainEmails = new ArrayList<>();
    List<HoldEmail> escalating = new ArrayList<>();
    List<HoldEmail> manualHolds = new ArrayList<>();
    List<ReviewEmail> reviews = new ArrayList<>();
    for (Received received : fresh) {
      HoldChange change = received.change();
      var message =
          new NotificationMessage(
              received.eventId(),
              received.type(),
              received.accountId(),
              received.body(),
              received.time() == null ? now : received.time());
      stored.add(message);
      deliveries.add(new Planned(message, received.facts()));
      if (received.review() != null) {
        reviews.add(new ReviewEmail(message, received.review()));
      }
      if (change == null) {
        continue;
      }
      if (ManualHoldEmails.concerns(received.type(), change)) {
        manualHolds.add(new HoldEmail(message, change));
      }
      // a large hold asking for an acknowledgement gets the escalation email instead
      boolean escalates =
          HoldEventType.PLACED.wireName().equals(received.type())
              && change.acknowledgement() != null;
      (escalates ? escalating : plainEmails).add(new HoldEmail(message, change));
    }
    return messages
        .storeAll(stored, now)
        .then(webhooks.scheduleAll(deliveries, now))
        .flatMap(
            webhookCount ->
                emails
                    .scheduleAll(plainEmails, now)
                    .flatMap(
                        mails ->
                            Flux.fromIterable(escalating)
                                .concatMap(h -> escalations.open(h.message(), h.change(), now))
                                .reduce(mails, Long::sum))
                    .flatMap(
                        mails -> reviewEmails.scheduleAll(reviews, now).map(more -> mails + more))
                    .flatMap(
                        mails ->
                            jointDecisionExposure
                                .map(
                                    t ->
                                        manualHoldEmails
                                            .scheduleAll(manualHolds, t, now)
                                            .map(more -> mails + more))
                                .orElse(Mono.just(mails)))
                    .doOnNext(
                        mails ->
                            log.info(
                                "{} hold events taken in: {} webhook deliveries, {} emails planned",
                                fresh.size(),
                                webhookCount,
                                mails)))
        .thenReturn((long) fresh.size());
  }
}
