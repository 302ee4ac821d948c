package com.creditbridge.hold.policy;

import java.util.Comparator;
import java.util.List;

/** Reasons are listed hold rules first, then warn rules, then modifiers: the order of the codes. */
final class ReasonOrder {

  private ReasonOrder() {}

  static List<CreditReason> sorted(List<CreditReason> reasons) {
    return reasons.stream().sorted(Comparator.comparing(CreditReason::code)).toList();
  }
}
