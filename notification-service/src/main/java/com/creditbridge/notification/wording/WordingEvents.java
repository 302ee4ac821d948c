package com.creditbridge.notification.wording;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.Topics;
import com.creditbridge.contracts.WordingChanged;
import com.creditbridge.notification.wording.Wordings.StoredWording;
import com.creditbridge.platform.outbox.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The edge out for the wording: a version as the {@code notification.wording.changed} CloudEvent
 * (data {@link WordingChanged}) on the compacted {@link Topics#WORDING}, keyed {@link
 * WordingChanged#KEY}, in the structured mode every CreditBridge topic carries.
 */
final class WordingEvents {

  static final String TYPE = WordingChanged.TYPE;
  private static final String SOURCE = "/creditbridge/notification-service";

  private WordingEvents() {}

  static OutboxMessage changed(StoredWording stored) {
    var wording = stored.wording();
    Party by =
        stored.changedByName() == null && stored.changedByEmail() == null
            ? null
            : new Party(null, stored.changedByName(), stored.changedByEmail());
    WordingChanged data =
        new WordingChanged(
            wording.version(),
            wording.statusLabels(),
            wording.phrases().stream()
                .map(p -> new WordingChanged.Phrase(p.avoid(), p.use()))
                .toList(),
            by,
            stored.changedAt());
    return OutboxMessage.of(
        Topics.WORDING,
        CloudEvent.of(
            // one id per version: a republished version is the same event to idempotent consumers
            UUID.nameUUIDFromBytes(
                    ("wording:" + wording.version()).getBytes(StandardCharsets.UTF_8))
                .toString(),
            SOURCE,
            TYPE,
            WordingChanged.KEY,
            stored.changedAt(),
            data));
  }
}
