package com.creditbridge.notification.change;

import com.creditbridge.contracts.Escalation;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PromiseSummary;
import com.creditbridge.contracts.Reason;
import com.creditbridge.notification.change.HoldChange.AccountStatus;
import com.creditbridge.notification.change.HoldChange.AcknowledgementRequest;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.change.HoldChange.Promise;

/**
 * The anti-corruption edge: turns the wire record of a hold event into the service's {@link
 * HoldChange}. The only place that knows both shapes; a new wire field reaches the service only
 * when it is mapped here.
 */
public final class HoldEventTranslation {

  private HoldEventTranslation() {}

  public static HoldChange change(HoldEventData data) {
    return new HoldChange(
        data.accountId(),
        data.accountName(),
        // an update without a status is treated as clear, as the read model always has
        data.status() == null ? AccountStatus.CLEAR : AccountStatus.valueOf(data.status().name()),
        data.reasons().stream()
            .map(Reason::message)
            .filter(m -> m != null && !m.isBlank())
            .toList(),
        data.projectedHoldOn(),
        data.cureAmount(),
        data.exposure(),
        data.currency(),
        person(data.salesRep()),
        person(data.creditAnalyst()),
        person(data.salesManager()),
        data.segment(),
        promise(data.promise()),
        acknowledgement(data.escalation()),
        manualHold(data));
  }

  /** The reason code of credit-policy.md that marks a hold placed by hand. */
  static final String MANUAL_HOLD = "MANUAL_HOLD";

  /** The manual hold's sentence (it names who placed it and why); null without one. */
  private static String manualHold(HoldEventData data) {
    return data.reasons().stream()
        .filter(r -> MANUAL_HOLD.equals(r.code()))
        .map(r -> r.message() == null || r.message().isBlank() ? "Placed by hand." : r.message())
        .findFirst()
        .orElse(null);
  }

  private static Person person(Party party) {
    return party == null ? null : new Person(party.id(), party.name(), party.email());
  }

  private static Promise promise(PromiseSummary promise) {
    return promise == null
        ? null
        : new Promise(promise.amount(), promise.promisedOn(), promise.recordedBy());
  }

  private static AcknowledgementRequest acknowledgement(Escalation escalation) {
    return escalation == null
        ? null
        : new AcknowledgementRequest(escalation.threshold(), escalation.ackHours());
  }
}
