package com.creditbridge.gateway.people.decision;

import java.util.Arrays;
import java.util.Optional;

/** The credit roles an admin gives a member; a person named on an account needs none. */
public enum MemberRole {
  CREDIT_MANAGER("credit-manager"),
  CREDIT_ANALYST("credit-analyst");

  private final String wireName;

  MemberRole(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<MemberRole> fromWireName(String name) {
    return Arrays.stream(values()).filter(role -> role.wireName.equals(name)).findFirst();
  }

  public static String rule() {
    return "must be one of credit-manager, credit-analyst";
  }
}
