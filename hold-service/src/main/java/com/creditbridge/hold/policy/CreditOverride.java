package com.creditbridge.hold.policy;

import java.time.LocalDate;
import java.util.Objects;

/** Releases the account despite the rules, up to and including {@code until}. */
public record CreditOverride(String approvedBy, String reason, LocalDate until) {

  public CreditOverride {
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(until, "until");
  }

  public boolean activeOn(LocalDate day) {
    return !day.isAfter(until);
  }
}
