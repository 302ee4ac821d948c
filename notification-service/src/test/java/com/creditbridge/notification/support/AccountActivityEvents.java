package com.creditbridge.notification.support;

import com.creditbridge.contracts.AccountActivityType;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.NoteAdded;
import com.creditbridge.contracts.PolicyReevaluated;
import com.creditbridge.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishes {@code credit.account-activity.v1} events the way the hold-service does. */
public final class AccountActivityEvents {

  private AccountActivityEvents() {}

  /** A record value and the account it is keyed by. */
  public record Keyed(String accountId, byte[] value) {
    public static Keyed of(CloudEvent<?> event) {
      return new Keyed(event.subject(), EventJson.encode(event));
    }
  }

  public static CloudEvent<HoldEventData> statusEvent(HoldEventData data, Instant at) {
    return CloudEvent.of(
        "act-" + UUID.randomUUID(),
        "/creditbridge/hold-service",
        AccountActivityType.STATUS_UPDATED,
        data.accountId(),
        at,
        data);
  }

  public static CloudEvent<NoteAdded> noteEvent(
      String accountId, String author, String text, Instant at) {
    return CloudEvent.of(
        "act-" + UUID.randomUUID(),
        "/creditbridge/hold-service",
        AccountActivityType.NOTE_ADDED,
        accountId,
        at,
        new NoteAdded(accountId, "note-" + UUID.randomUUID(), author, text, at));
  }

  /** What the hold-service says once a policy version's re-evaluation is done. */
  public static CloudEvent<PolicyReevaluated> reevaluatedEvent(
      long policyVersion, int changedAccounts, Instant at) {
    return CloudEvent.of(
        PolicyReevaluated.key(policyVersion) + "-reevaluated",
        "/creditbridge/hold-service",
        AccountActivityType.POLICY_REEVALUATED,
        PolicyReevaluated.key(policyVersion),
        at,
        new PolicyReevaluated(policyVersion, changedAccounts));
  }

  /** Sends any account activity event keyed by its subject, and waits for the broker. */
  public static void publish(CloudEvent<?> event) {
    HoldEvents.publish(Topics.ACCOUNT_ACTIVITY, event.subject(), EventJson.encode(event));
  }

  public static void statusUpdated(HoldEventData data, Instant at) {
    HoldEvents.publish(
        Topics.ACCOUNT_ACTIVITY, data.accountId(), EventJson.encode(statusEvent(data, at)));
  }

  public static void noteAdded(String accountId, String author, String text, Instant at) {
    HoldEvents.publish(
        Topics.ACCOUNT_ACTIVITY,
        accountId,
        EventJson.encode(noteEvent(accountId, author, text, at)));
  }

  /** Sends the records in one burst, in order, as the hold-service's relay does; waits for all. */
  public static void publishTogether(List<Keyed> records) {
    records.forEach(r -> HoldEvents.send(Topics.ACCOUNT_ACTIVITY, r.accountId(), r.value()));
    HoldEvents.flush();
  }
}
