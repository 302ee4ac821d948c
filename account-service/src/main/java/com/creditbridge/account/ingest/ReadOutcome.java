package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.LedgerEvent;
import java.util.List;

/** What {@link LedgerEventReader} made of a JSON event. */
sealed interface ReadOutcome {

  record Valid(LedgerEvent event) implements ReadOutcome {}

  /**
   * @param eventId as sent, when it was a valid id; null otherwise
   * @param violations empty when the JSON itself could not be read
   */
  record Invalid(Kind kind, String detail, String eventId, List<Violation> violations)
      implements ReadOutcome {

    public Invalid {
      violations = List.copyOf(violations);
    }
  }

  /** Why an event could not be read; each is a {@code reason} of the rejection metric. */
  enum Kind {
    MALFORMED("malformed"),
    UNSUPPORTED_TYPE("unsupported_type"),
    VALIDATION("validation");

    private final String reason;

    Kind(String reason) {
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }

  static Invalid malformed(String detail) {
    return new Invalid(Kind.MALFORMED, detail, null, List.of());
  }
}
