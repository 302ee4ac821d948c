package com.creditbridge.hold.decision;

import com.creditbridge.hold.policy.AccountCredit;
import com.creditbridge.hold.policy.PolicyVersion;

/**
 * Everything an order credit check needs about one account, read in one statement: its credit as
 * the policy sees it (promise, manual hold, override and group included), its name for the
 * sentences, and the policy in force.
 */
public record AccountForCheck(
    String accountId, String accountName, AccountCredit credit, PolicyVersion policy) {

  public String currency() {
    return credit.ledger().currency();
  }
}
