package com.creditbridge.hold.action;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The bodies of the action endpoints, as clients send them; checked by {@link ActionRules}. */
final class ActionRequests {

  private ActionRequests() {}

  record HoldRequest(String reason, String placedBy) {}

  record OverrideRequest(String reason, String approvedBy, LocalDate until) {}

  record PromiseRequest(BigDecimal amount, LocalDate promisedOn, String recordedBy, String note) {}

  record NoteRequest(String author, String text) {}
}
