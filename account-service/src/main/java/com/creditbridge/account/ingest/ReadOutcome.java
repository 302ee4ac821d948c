package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.LedgerEvent;
import java.util.List;

/** What {@link LedgerEventReader} made of a JSON event. */
sealed interface ReadOutcome {

  record Valid(LedgerEvent event) implements ReadOutcome {}

  /**
   * @param violations empty when the JSON itself could not be read
   */
  record Invalid(String detail, List<Violation> violations) implements ReadOutcome {

    public Invalid {
      violations = List.copyOf(violations);
    }
  }
}
