package com.creditbridge.notification.support;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Sales reps and their accounts as credit.status.updated names them, each unique to a test. */
public final class RepAccounts {

  private RepAccounts() {}

  public static Party rep(String name) {
    String s = UUID.randomUUID().toString().substring(0, 8);
    return new Party(
        "rep-" + s, name, name.toLowerCase().replace(' ', '.') + "-" + s + "@example.com");
  }

  public static HoldEventData account(Party rep, String name, CreditStatus status) {
    return new HoldEventData(
        name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID(),
        name,
        status,
        CreditStatus.CLEAR,
        status == CreditStatus.CLEAR
            ? List.of()
            : List.of(
                new Reason(
                    "PAST_DUE",
                    "Invoice INV-9 (700.00 EUR) is 66 days past due.",
                    "INV-9",
                    66,
                    new BigDecimal("700.00"))),
        null,
        status == CreditStatus.CLEAR ? null : new BigDecimal("700.00"),
        new BigDecimal("3000.00"),
        new BigDecimal("10000.00"),
        "EUR",
        rep,
        new Party("an-1", "Carl Credit", "carl@example.com"),
        null,
        "dec-" + UUID.randomUUID(),
        1,
        null,
        null,
        null);
  }
}
