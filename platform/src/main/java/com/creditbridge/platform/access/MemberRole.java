package com.creditbridge.platform.access;

import java.util.Optional;

/** The roles an admin gives a member (contract.md, "People and sign-in"). */
public enum MemberRole {
  CREDIT_MANAGER("credit-manager"),
  CREDIT_ANALYST("credit-analyst");

  private final String value;

  MemberRole(String value) {
    this.value = value;
  }

  /** The role as the contract and the roles header spell it. */
  public String value() {
    return value;
  }

  /** Empty for a role this version does not know: it gives no right rather than failing. */
  public static Optional<MemberRole> of(String value) {
    for (MemberRole role : values()) {
      if (role.value.equals(value)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
