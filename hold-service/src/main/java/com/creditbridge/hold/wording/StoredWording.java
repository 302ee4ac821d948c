package com.creditbridge.hold.wording;

import com.creditbridge.platform.wording.Wording;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The wording as the hold-service stores it (column {@code wording.wording}): its own JSON with
 * explicit names, whatever the wire record becomes.
 */
record StoredWording(
    @JsonProperty("statusLabels") Map<String, String> statusLabels,
    @JsonProperty("phrases") List<StoredPhrase> phrases) {

  record StoredPhrase(@JsonProperty("avoid") String avoid, @JsonProperty("use") String use) {}

  static StoredWording of(Wording wording) {
    return new StoredWording(
        wording.statusLabels(),
        wording.phrases().stream().map(p -> new StoredPhrase(p.avoid(), p.use())).toList());
  }

  Wording toWording(long version) {
    return new Wording(
        version,
        statusLabels == null ? Map.of() : statusLabels,
        phrases == null
            ? List.of()
            : phrases.stream().map(p -> new Wording.Phrase(p.avoid(), p.use())).toList());
  }
}
