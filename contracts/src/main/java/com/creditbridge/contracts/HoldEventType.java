package com.creditbridge.contracts;

import java.util.Arrays;
import java.util.Optional;

/** The CloudEvent types on {@link Topics#HOLD_EVENTS}, with their wire names. */
public enum HoldEventType {
  APPROACHING("credit.hold.approaching"),
  PLACED("credit.hold.placed"),
  RELEASED("credit.hold.released"),
  AVERTED("credit.hold.averted"),
  PROMISE_BROKEN("credit.promise.broken");

  private final String wireName;

  HoldEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<HoldEventType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }

  /**
   * The event a status transition emits, per contract.md; empty when the transition emits none (no
   * change, or ON_HOLD to ON_HOLD).
   */
  public static Optional<HoldEventType> forTransition(CreditStatus from, CreditStatus to) {
    if (from == to) {
      return Optional.empty();
    }
    return Optional.of(
        switch (to) {
          case ON_HOLD -> PLACED;
          case APPROACHING -> from == CreditStatus.ON_HOLD ? RELEASED : APPROACHING;
          case CLEAR -> from == CreditStatus.ON_HOLD ? RELEASED : AVERTED;
        });
  }
}
