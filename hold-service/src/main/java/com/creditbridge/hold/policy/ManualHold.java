package com.creditbridge.hold.policy;

import java.util.Objects;

/** A hold a credit person placed by hand; it lasts until someone ends it. */
public record ManualHold(String placedBy, String reason) {

  public ManualHold {
    Objects.requireNonNull(placedBy, "placedBy");
    Objects.requireNonNull(reason, "reason");
  }
}
