package com.creditbridge.notification.policychange.letters;

import java.util.List;

/**
 * One account whose status the re-evaluation after a policy change moved, as this service keeps it.
 *
 * @param repEmail the account's sales rep's address, null when the account names none
 * @param previousStatus the status before, a {@code CreditStatus} name
 * @param status the status the policy version gave it
 * @param reasons why, one sentence each, as the decision worded them
 */
public record PolicyChange(
    long policyVersion,
    String accountId,
    String accountName,
    String repEmail,
    String repName,
    String previousStatus,
    String status,
    List<String> reasons) {

  public PolicyChange {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }
}
