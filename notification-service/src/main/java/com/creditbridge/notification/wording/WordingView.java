package com.creditbridge.notification.wording;

import com.creditbridge.notification.wording.Wordings.StoredWording;
import com.creditbridge.platform.wording.Wording;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET|PUT /api/v1/wording}.
 *
 * @param version 0 for the contract's defaults, then 1, 2, … with each change
 * @param changedBy who chose this version; null for the defaults
 */
record WordingView(
    Map<String, String> statusLabels,
    List<Wording.Phrase> phrases,
    long version,
    ChangedBy changedBy,
    Instant changedAt) {

  record ChangedBy(String name, String email) {}

  static WordingView of(StoredWording stored) {
    Wording wording = stored.wording();
    Map<String, String> labels = new LinkedHashMap<>();
    for (String status : List.of("CLEAR", "APPROACHING", "ON_HOLD")) {
      labels.put(status, wording.label(status));
    }
    return new WordingView(
        labels,
        wording.phrases(),
        wording.version(),
        stored.changedByName() == null && stored.changedByEmail() == null
            ? null
            : new ChangedBy(stored.changedByName(), stored.changedByEmail()),
        stored.changedAt());
  }
}
