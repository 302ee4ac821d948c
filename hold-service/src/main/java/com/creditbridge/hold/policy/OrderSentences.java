package com.creditbridge.hold.policy;

import com.creditbridge.hold.policy.OrderCheckPolicy.Limits;
import java.math.BigDecimal;

/**
 * The sentences of an order check: what the order would do to the account's and the group's limit,
 * in the words a sales rep reads on the order screen. Tests pin them word for word.
 */
final class OrderSentences {

  private final CurrencyUnit unit;
  private final String accountName;

  OrderSentences(CurrencyUnit unit, String accountName) {
    this.unit = unit;
    this.accountName = accountName;
  }

  CreditReason accountLimit(ReasonCode code, BigDecimal exposureAfter, Limits limits) {
    String consequence =
        code == ReasonCode.CREDIT_LIMIT_EXCEEDED
            ? "above what the limit allows (%s)".formatted(unit.format(limits.hold()))
            : "above the %s at which credit reviews its orders"
                .formatted(unit.format(limits.warn()));
    return new CreditReason(
        code,
        "This order would take %s to %s of its %s limit, %s."
            .formatted(
                accountName, unit.format(exposureAfter), unit.format(limits.limit()), consequence),
        null,
        null,
        unit.scaled(exposureAfter));
  }

  CreditReason groupLimit(
      ReasonCode code, CreditGroup group, BigDecimal groupAfter, Limits limits) {
    String consequence =
        code == ReasonCode.GROUP_LIMIT_EXCEEDED
            ? "above what the group's limit allows (%s)".formatted(unit.format(limits.hold()))
            : "above the %s at which credit reviews the group's orders"
                .formatted(unit.format(limits.warn()));
    return new CreditReason(
        code,
        "This order would take the credit group %s to %s of its %s limit, %s."
            .formatted(
                group.name(), unit.format(groupAfter), unit.format(limits.limit()), consequence),
        null,
        null,
        unit.scaled(groupAfter));
  }

  CreditReason orderAlone(BigDecimal amount, Limits limits) {
    return new CreditReason(
        ReasonCode.CREDIT_LIMIT_EXCEEDED,
        "%s is released by an override, but this order alone, %s, is above what its %s limit allows."
            .formatted(accountName, unit.format(amount), unit.format(limits.limit())),
        null,
        null,
        unit.scaled(amount));
  }
}
