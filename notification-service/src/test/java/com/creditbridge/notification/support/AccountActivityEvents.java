package com.creditbridge.notification.support;

import com.creditbridge.contracts.AccountActivityType;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.NoteAdded;
import com.creditbridge.contracts.Topics;
import java.time.Instant;
import java.util.UUID;

/** Publishes {@code credit.account-activity.v1} events the way the hold-service does. */
public final class AccountActivityEvents {

  private AccountActivityEvents() {}

  public static void statusUpdated(HoldEventData data, Instant at) {
    HoldEvents.publish(
        Topics.ACCOUNT_ACTIVITY,
        data.accountId(),
        EventJson.encode(
            CloudEvent.of(
                "act-" + UUID.randomUUID(),
                "/creditbridge/hold-service",
                AccountActivityType.STATUS_UPDATED,
                data.accountId(),
                at,
                data)));
  }

  public static void noteAdded(String accountId, String author, String text, Instant at) {
    String id = "note-" + UUID.randomUUID();
    HoldEvents.publish(
        Topics.ACCOUNT_ACTIVITY,
        accountId,
        EventJson.encode(
            CloudEvent.of(
                "act-" + UUID.randomUUID(),
                "/creditbridge/hold-service",
                AccountActivityType.NOTE_ADDED,
                accountId,
                at,
                new NoteAdded(accountId, id, author, text, at))));
  }
}
