package com.creditbridge.platform.wording;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.WordingChanged;
import tools.jackson.databind.JsonNode;

/**
 * Reads a record of {@link com.creditbridge.contracts.Topics#WORDING} into a {@link Wording}: the
 * one translation every service that words its sentences (the hold-service, the workspace) uses.
 * The value is a {@link WordingChanged}, bare or as the {@code data} of a structured CloudEvent (as
 * the notification-service publishes it): the contract names the record, not its envelope.
 */
public final class WordingEvent {

  private WordingEvent() {}

  /**
   * @throws IllegalArgumentException when the value is no usable wording (no version, a blank
   *     phrase to avoid)
   */
  public static Wording read(byte[] value) {
    JsonNode json = EventJson.mapper().readTree(value);
    JsonNode body = json.has("specversion") && json.has("data") ? json.get("data") : json;
    if (body == null || !body.isObject() || !body.hasNonNull("version")) {
      throw new IllegalArgumentException("no version");
    }
    WordingChanged changed = EventJson.mapper().treeToValue(body, WordingChanged.class);
    if (changed.version() < 0) {
      throw new IllegalArgumentException("negative version " + changed.version());
    }
    return new Wording(
        changed.version(),
        changed.statusLabels(),
        changed.phrases().stream()
            .map(
                phrase -> {
                  if (phrase == null) {
                    throw new IllegalArgumentException("an empty phrase");
                  }
                  return new Wording.Phrase(phrase.avoid(), phrase.use());
                })
            .toList());
  }
}
