package com.creditbridge.hold.policy;

import java.util.Objects;

/**
 * Everything the policy evaluates for one account apart from the settings and the date: the ledger
 * and, each optional, the newest promise to pay that still matters, the manual hold, the override
 * and the credit group. Build it with {@link #of(AccountLedger)} and the {@code with…} methods.
 *
 * @param promise the open or broken promise to pay; null when there is none (kept or replaced
 *     promises no longer count)
 * @param manualHold the active manual hold, or null
 * @param override the newest override not ended early, active or expired, or null
 * @param group the credit group the account shares a limit with, or null
 */
public record AccountCredit(
    AccountLedger ledger,
    PromiseToPay promise,
    ManualHold manualHold,
    CreditOverride override,
    CreditGroup group) {

  public AccountCredit {
    Objects.requireNonNull(ledger, "ledger");
  }

  public AccountCredit(
      AccountLedger ledger, PromiseToPay promise, ManualHold manualHold, CreditOverride override) {
    this(ledger, promise, manualHold, override, null);
  }

  public static AccountCredit of(AccountLedger ledger) {
    return new AccountCredit(ledger, null, null, null, null);
  }

  public AccountCredit withPromise(PromiseToPay promise) {
    return new AccountCredit(ledger, promise, manualHold, override, group);
  }

  public AccountCredit withManualHold(ManualHold manualHold) {
    return new AccountCredit(ledger, promise, manualHold, override, group);
  }

  public AccountCredit withOverride(CreditOverride override) {
    return new AccountCredit(ledger, promise, manualHold, override, group);
  }

  public AccountCredit withGroup(CreditGroup group) {
    return new AccountCredit(ledger, promise, manualHold, override, group);
  }
}
