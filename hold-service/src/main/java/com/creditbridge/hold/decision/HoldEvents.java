package com.creditbridge.hold.decision;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxMessage;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Announces status transitions on {@link Topics#HOLD_EVENTS}, through the outbox. */
@Component
class HoldEvents {

  static final String SOURCE = "/creditbridge/hold-service";

  private final Outbox outbox;

  HoldEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Appends the transition's event in the caller's transaction; nothing when it emits none. */
  Mono<Void> announce(AccountDecision decision, PaymentStatusChanged owners) {
    return Mono.justOrEmpty(
            HoldEventType.forTransition(decision.previousStatus(), decision.status()))
        .map(type -> OutboxMessage.of(Topics.HOLD_EVENTS, event(type, decision, owners)))
        .flatMap(outbox::append);
  }

  private static CloudEvent<HoldEventData> event(
      HoldEventType type, AccountDecision decision, PaymentStatusChanged owners) {
    HoldEventData data =
        new HoldEventData(
            decision.accountId(),
            owners.name(),
            decision.status(),
            decision.previousStatus(),
            decision.reasons(),
            decision.projectedHoldOn(),
            decision.cureAmount(),
            decision.exposure(),
            decision.creditLimit(),
            decision.currency(),
            owners.salesRep(),
            owners.creditAnalyst(),
            owners.salesManager(),
            decision.decisionId(),
            decision.policyVersion(),
            owners.segment(),
            null,
            null);
    return CloudEvent.of(
        decision.decisionId(),
        SOURCE,
        type.wireName(),
        decision.accountId(),
        decision.evaluatedAt(),
        data);
  }
}
