package com.creditbridge.hold.action;

import com.creditbridge.hold.action.ActionFacts.GrantedOverride;
import com.creditbridge.hold.action.ActionFacts.PlacedHold;
import com.creditbridge.hold.policy.CurrencyUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The timeline's sentences for the actions: what a person reads in the account's history. */
final class ActionSentences {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  static final String PROMISE_REPLACED = "The previous promise to pay was replaced by a new one.";

  private ActionSentences() {}

  static String holdPlaced(PlacedHold hold) {
    return "%s put the account in credit hold: %s".formatted(hold.placedBy(), hold.reason());
  }

  static String overrideGranted(GrantedOverride override) {
    return "%s released the account until %s despite the rules: %s"
        .formatted(override.approvedBy(), DAY.format(override.until()), override.reason());
  }

  static String promiseRecorded(
      String recordedBy, CurrencyUnit unit, BigDecimal amount, LocalDate promisedOn, String note) {
    return "%s recorded a promise to pay %s by %s%s"
        .formatted(
            recordedBy,
            unit.format(amount),
            DAY.format(promisedOn),
            note == null ? "." : ": " + note);
  }

  /**
   * @param what "The manual hold" or "The override"
   */
  static String ended(String what, String endedBy, String reason) {
    return what
        + " was ended"
        + (endedBy == null ? "" : " by " + endedBy)
        + (reason == null ? "." : ": " + reason);
  }
}
