package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The wording credit and sales chose together ({@code PUT /api/v1/wording}), published by the
 * notification-service on {@link Topics#WORDING} under {@link #KEY} after every change, so every
 * service that writes sentences a person reads (the hold-service's reason messages, the workspace)
 * words them the same way. The topic is compacted: a consumer starting from nothing reads the
 * latest version; it keeps the highest {@code version} it has seen and ignores older ones.
 *
 * @param statusLabels the words for {@code CLEAR}, {@code APPROACHING} and {@code ON_HOLD}
 * @param phrases applied in order, case-insensitively, to every sentence shown to a person
 */
public record WordingChanged(
    @JsonProperty("version") long version,
    @JsonProperty("statusLabels") Map<String, String> statusLabels,
    @JsonProperty("phrases") List<Phrase> phrases,
    @JsonProperty("changedBy") Party changedBy,
    @JsonProperty("changedAt") Instant changedAt) {

  /** The CloudEvent {@code type}. */
  public static final String TYPE = "notification.wording.changed";

  /** The one record key, and the CloudEvent {@code subject}: there is one wording. */
  public static final String KEY = "wording";

  public WordingChanged {
    statusLabels = statusLabels == null ? Map.of() : Map.copyOf(statusLabels);
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
  }

  /** Say {@code use} where a sentence would say {@code avoid}. */
  public record Phrase(@JsonProperty("avoid") String avoid, @JsonProperty("use") String use) {}
}
