package com.creditbridge.hold.decision;

import com.creditbridge.contracts.AccountActivityType;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Escalation;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PolicyReevaluated;
import com.creditbridge.contracts.PromiseSummary;
import com.creditbridge.contracts.Reason;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.decision.AccountContacts.Contact;
import com.creditbridge.hold.policy.CreditReason;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.PolicySettings;
import com.creditbridge.hold.policy.PromiseState;
import com.creditbridge.hold.policy.PromiseToPay;
import com.creditbridge.platform.outbox.OutboxMessage;
import com.creditbridge.platform.wording.Wording;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Announces what an evaluation changed, as outbox messages for the caller's transaction: a broken
 * promise and the status transition on {@link Topics#HOLD_EVENTS}, and every change of the
 * evaluated view on {@link Topics#ACCOUNT_ACTIVITY}.
 */
@Component
class HoldEvents {

  static final String SOURCE = "/creditbridge/hold-service";

  /** The evaluation's events, in the order to append them, and the hold event types among them. */
  record Announcement(List<HoldEventType> holdEvents, List<OutboxMessage> messages) {}

  /**
   * The outbox messages that announce the evaluation; the caller appends them (for many accounts
   * with {@code Outbox.appendAll}, one statement) in its transaction.
   *
   * @param trigger what made the evaluation: the re-evaluation after a policy change marks its
   *     events' data with {@code cause} {@link HoldEventData#CAUSE_POLICY}
   * @param wording the wording in force: the reasons' messages reach webhooks and emails in it
   */
  Announcement announce(
      PlannedDecision evaluation, PolicySettings settings, Trigger trigger, Wording wording) {
    String cause = trigger == Trigger.POLICY ? HoldEventData.CAUSE_POLICY : null;
    AccountDecision decision = evaluation.decision();
    // worded once for all the evaluation's events: wording a sentence costs microseconds
    List<Reason> reasons = reasons(decision, wording);
    List<HoldEventType> types = new ArrayList<>();
    List<OutboxMessage> messages = new ArrayList<>();
    if (evaluation.promiseNowClosed() == PromiseState.BROKEN) {
      PromiseToPay broken = DecisionPlanner.promiseOf(evaluation.inputs());
      PromiseSummary summary =
          new PromiseSummary(
              broken.promiseId(),
              unit(decision).scaled(broken.amount()),
              broken.promisedOn(),
              broken.graceEndsOn(settings),
              unit(decision).scaled(broken.paidSoFar()),
              broken.recordedBy());
      types.add(HoldEventType.PROMISE_BROKEN);
      messages.add(
          message(
              Topics.HOLD_EVENTS,
              UUID.randomUUID().toString(),
              HoldEventType.PROMISE_BROKEN.wireName(),
              evaluation,
              data(evaluation, summary, null, cause, reasons)));
    }
    HoldEventType.forTransition(decision.previousStatus(), decision.status())
        .ifPresent(
            type -> {
              types.add(type);
              messages.add(
                  message(
                      Topics.HOLD_EVENTS,
                      decision.decisionId(),
                      type.wireName(),
                      evaluation,
                      data(
                          evaluation,
                          promise(decision.promise()),
                          escalation(type, decision, settings),
                          cause,
                          reasons)));
            });
    if (evaluation.viewChanged()) {
      messages.add(
          message(
              Topics.ACCOUNT_ACTIVITY,
              UUID.randomUUID().toString(),
              AccountActivityType.STATUS_UPDATED,
              evaluation,
              data(evaluation, promise(decision.promise()), null, cause, reasons)));
    }
    return new Announcement(List.copyOf(types), List.copyOf(messages));
  }

  /**
   * {@code credit.policy.reevaluated}: every account is decided with {@code version}, which moved
   * {@code changed} of them. Its id is fixed per version, so even a second message would be one
   * event to a consumer that remembers ids.
   */
  static OutboxMessage policyReevaluated(long version, int changed, Instant at) {
    return OutboxMessage.of(
        Topics.ACCOUNT_ACTIVITY,
        CloudEvent.of(
            PolicyReevaluated.key(version) + "-reevaluated",
            SOURCE,
            AccountActivityType.POLICY_REEVALUATED,
            PolicyReevaluated.key(version),
            at,
            new PolicyReevaluated(version, changed)));
  }

  /**
   * Only a new hold at or above the escalation exposure asks for the sales rep's acknowledgement.
   */
  private static Escalation escalation(
      HoldEventType type, AccountDecision decision, PolicySettings settings) {
    if (type != HoldEventType.PLACED
        || decision.status() != CreditStatus.ON_HOLD
        || decision.exposure().compareTo(settings.escalationExposure()) < 0) {
      return null;
    }
    return new Escalation(
        unit(decision).scaled(settings.escalationExposure()), settings.escalationAckHours());
  }

  private static CurrencyUnit unit(AccountDecision decision) {
    return CurrencyUnit.of(decision.currency());
  }

  private static OutboxMessage message(
      String topic, String id, String type, PlannedDecision evaluation, HoldEventData data) {
    AccountDecision decision = evaluation.decision();
    return OutboxMessage.of(
        topic, CloudEvent.of(id, SOURCE, type, decision.accountId(), decision.evaluatedAt(), data));
  }

  /** The wire data of an evaluation: its decision and the account's current contacts. */
  private static HoldEventData data(
      PlannedDecision evaluation,
      PromiseSummary promise,
      Escalation escalation,
      String cause,
      List<Reason> reasons) {
    AccountDecision decision = evaluation.decision();
    AccountSnapshot snapshot = evaluation.inputs().snapshot();
    AccountContacts contacts = snapshot.contacts();
    return new HoldEventData(
        decision.accountId(),
        contacts.accountName(),
        decision.status(),
        decision.previousStatus(),
        reasons,
        decision.projectedHoldOn(),
        decision.cureAmount(),
        decision.exposure(),
        decision.creditLimit(),
        decision.currency(),
        party(contacts.salesRep()),
        party(contacts.creditAnalyst()),
        party(contacts.salesManager()),
        decision.decisionId(),
        decision.policyVersion(),
        snapshot.credit().segment(),
        promise,
        escalation,
        cause);
  }

  /**
   * The decision's reasons on the wire, their messages in the wording (their codes never change).
   */
  static List<Reason> reasons(AccountDecision decision, Wording wording) {
    return decision.reasons().stream().map(reason -> reason(reason, wording)).toList();
  }

  static Reason reason(CreditReason reason, Wording wording) {
    return new Reason(
        reason.code().name(),
        wording.apply(reason.message()),
        reason.invoiceId(),
        reason.daysPastDue(),
        reason.amount());
  }

  private static PromiseSummary promise(AccountDecision.ActivePromise promise) {
    return promise == null
        ? null
        : new PromiseSummary(
            promise.promiseId(),
            promise.amount(),
            promise.promisedOn(),
            promise.graceEndsOn(),
            promise.paidSoFar(),
            promise.recordedBy());
  }

  private static Party party(Contact contact) {
    return contact == null ? null : new Party(contact.id(), contact.name(), contact.email());
  }
}
