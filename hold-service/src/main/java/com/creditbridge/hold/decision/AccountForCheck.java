package com.creditbridge.hold.decision;

import com.creditbridge.hold.policy.AccountCredit;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.platform.wording.Wording;

/**
 * Everything an order credit check needs about one account, read in one statement: its credit as
 * the policy sees it (promise, manual hold, override and group included), its name for the
 * sentences, the policy in force and the wording its reasons are answered in.
 */
public record AccountForCheck(
    String accountId,
    String accountName,
    AccountCredit credit,
    PolicyVersion policy,
    Wording wording) {

  public String currency() {
    return credit.ledger().currency();
  }
}
