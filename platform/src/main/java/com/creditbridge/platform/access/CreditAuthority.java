package com.creditbridge.platform.access;

/**
 * What only credit people may do: place and end manual holds and overrides and read the policy
 * (credit roles), and change the policy ({@code credit-manager}). An API client's scopes are
 * checked by the gateway, so it may do all of it here.
 */
public final class CreditAuthority {

  private CreditAuthority() {}

  public static boolean mayDecideCredit(Viewer viewer) {
    return !(viewer instanceof Viewer.Person person) || person.isMember();
  }

  public static boolean mayChangePolicy(Viewer viewer) {
    return !(viewer instanceof Viewer.Person person) || person.hasRole(MemberRole.CREDIT_MANAGER);
  }
}
