package com.creditbridge.platform.access;

import java.util.Optional;

/**
 * Who sees which account (contract.md, "People and sign-in"): an API client and a member with
 * either role every account; anyone else the accounts naming them as sales rep, credit analyst or
 * sales manager. An account someone may not see is answered as if it did not exist.
 */
public final class AccountVisibility {

  private AccountVisibility() {}

  public static boolean sees(Viewer viewer, AccountPeople people) {
    return !(viewer instanceof Viewer.Person person)
        || person.isMember()
        || people.names(person.email());
  }

  /**
   * The email a list must be narrowed to (accounts naming it as one of their people), or empty when
   * the viewer sees every account. Lists filter with it in their query so pages stay full.
   */
  public static Optional<String> restrictedTo(Viewer viewer) {
    if (viewer instanceof Viewer.Person person && !person.isMember()) {
      return Optional.of(person.email());
    }
    return Optional.empty();
  }
}
