package com.creditbridge.notification.wording;

import com.creditbridge.notification.wording.rules.WordingCheck.PhraseInput;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PUT /api/v1/wording}.
 *
 * @param changedBy who chose it, required from an API key (a signed-in person is named by the
 *     gateway and this is ignored)
 * @param version optional: the version the change was made from; another one in force is a 409
 */
record WordingRequest(
    Map<String, String> statusLabels,
    List<PhraseInput> phrases,
    PersonName changedBy,
    Long version) {

  /** A person an API client names. */
  record PersonName(String name, String email) {}
}
