package com.creditbridge.hold.policy;

import java.util.Objects;

/**
 * Everything the policy evaluates for one account, apart from the settings and the date. Today that
 * is the ledger; the promise to pay, the manual hold and the override join it as optional
 * components, so callers should build it through {@link #of(AccountLedger)} and the {@code with…}
 * methods that will come with them.
 */
public record AccountCredit(AccountLedger ledger) {

  public AccountCredit {
    Objects.requireNonNull(ledger, "ledger");
  }

  public static AccountCredit of(AccountLedger ledger) {
    return new AccountCredit(ledger);
  }
}
