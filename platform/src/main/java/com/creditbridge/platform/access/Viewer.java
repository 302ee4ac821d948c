package com.creditbridge.platform.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who is asking: a client with an API key (whose scopes the gateway has checked) or a person signed
 * in to the workspace, on whose behalf the gateway calls.
 */
public sealed interface Viewer permits Viewer.ApiClient, Viewer.Person {

  /** A call with an API key: it sees every account its scopes allow. */
  record ApiClient() implements Viewer {}

  /**
   * A signed-in person.
   *
   * @param email lower-case, the key people are matched by on accounts
   * @param name display name, or null when the gateway did not send one
   * @param roles member roles; empty for someone who is only named on accounts
   */
  record Person(String email, String name, Set<MemberRole> roles) implements Viewer {

    public Person {
      if (email == null || email.isBlank()) {
        throw new IllegalArgumentException("a person has an email");
      }
      email = email.toLowerCase(Locale.ROOT);
      name = name == null || name.isBlank() ? null : name;
      roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** How the timeline and the actions name this person: the name, else the email. */
    public String who() {
      return name == null ? email : name;
    }

    public boolean hasRole(MemberRole role) {
      return roles.contains(role);
    }

    public boolean isMember() {
      return !roles.isEmpty();
    }
  }

  ApiClient API_CLIENT = new ApiClient();
}
