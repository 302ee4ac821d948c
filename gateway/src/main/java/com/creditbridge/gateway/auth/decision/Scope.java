package com.creditbridge.gateway.auth.decision;

import java.util.Arrays;
import java.util.Optional;

/** The scopes of contract v1 (and its second wave); {@link #ADMIN} implies every other. */
public enum Scope {
  LEDGER_WRITE("ledger:write"),
  LEDGER_READ("ledger:read"),
  CREDIT_READ("credit:read"),
  CREDIT_WRITE("credit:write"),
  POLICY_ADMIN("policy:admin"),
  WEBHOOKS_MANAGE("webhooks:manage"),
  NOTIFICATIONS_READ("notifications:read"),
  /** Order credit checks: what an ERP asks at order entry (second wave). */
  CREDIT_CHECK("credit:check"),
  /**
   * What sales does through its CRM: ask for a review, decide one as the account's sales manager,
   * propose wording (second wave).
   */
  SALES_WRITE("sales:write"),
  ADMIN("admin");

  private final String wireName;

  Scope(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Scope> fromWireName(String name) {
    return Arrays.stream(values()).filter(scope -> scope.wireName.equals(name)).findFirst();
  }
}
