package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.Refusal;
import java.util.Locale;

/**
 * Why an event of a request was rejected: what the ingest decided, with no HTTP in it. The web
 * layer turns each into its problem ({@link Rejections#problem}); each also names the {@code
 * reason} of the rejection metric.
 */
sealed interface Rejection {

  /** The metric reason, from a fixed set. */
  String reason();

  /** Calls the method for this kind of rejection. */
  <R> R accept(Cases<R> cases);

  /** One method per kind of rejection: a new kind fails to compile until each mapping has it. */
  interface Cases<R> {
    R unreadable(ReadOutcome.Invalid invalid);

    R refused(Refusal refusal);

    R eventIdTaken(String eventId);
  }

  /** The JSON could not be read as an event, or its fields are invalid. */
  record Unreadable(ReadOutcome.Invalid invalid) implements Rejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.unreadable(invalid);
    }

    @Override
    public String reason() {
      return invalid.kind().reason();
    }
  }

  /** The ledger refused the event as the account stands. */
  record Refused(Refusal refusal) implements Rejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.refused(refusal);
    }

    @Override
    public String reason() {
      return refusal.cause().name().toLowerCase(Locale.ROOT);
    }
  }

  /** The event id was taken by an event with other content. */
  record EventIdTaken(String eventId) implements Rejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.eventIdTaken(eventId);
    }

    @Override
    public String reason() {
      return "conflict";
    }
  }
}
