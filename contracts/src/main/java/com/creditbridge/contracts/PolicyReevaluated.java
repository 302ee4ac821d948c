package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every account has been re-evaluated with policy version {@code policyVersion}: published once per
 * version on {@link Topics#ACCOUNT_ACTIVITY}, keyed {@link #key}, after the last account's new
 * decision was stored.
 *
 * @param changedAccounts how many accounts that re-evaluation moved to another status; each of them
 *     was announced by a {@code credit.status.updated} with {@code cause} {@value
 *     HoldEventData#CAUSE_POLICY} and this {@code policyVersion}
 */
public record PolicyReevaluated(
    @JsonProperty("policyVersion") long policyVersion,
    @JsonProperty("changedAccounts") int changedAccounts) {

  /** The CloudEvent subject and Kafka key: no account, so the version names the record. */
  public static String key(long policyVersion) {
    return "policy-" + policyVersion;
  }
}
