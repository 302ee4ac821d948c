package com.creditbridge.platform.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who is asking: a client with an API key (whose scopes the gateway has checked) or a person signed
 * in to the workspace, on whose behalf the gateway calls.
 */
public sealed interface Viewer permits Viewer.ApiClient, Viewer.Person {

  /**
   * A call with an API key: it sees every account its scopes allow.
   *
   * @param keyScopes the scopes the key holds, as the gateway said ({@link
   *     PersonHeaders#KEY_SCOPES}, wire names such as {@code credit:write}); empty when it did not
   *     say, where the gateway's check of the route's scope is all there is
   */
  record ApiClient(Set<String> keyScopes) implements Viewer {

    public ApiClient {
      keyScopes = Set.copyOf(keyScopes);
    }

    /** Whether the gateway said which scopes the key holds. */
    public boolean scopesKnown() {
      return !keyScopes.isEmpty();
    }

    /** Whether the key holds {@code scope} or {@code admin}, which implies every scope. */
    public boolean holds(String scope) {
      return keyScopes.contains(scope) || keyScopes.contains(ADMIN_SCOPE);
    }
  }

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

  /** The gateway's scope that implies every other. */
  String ADMIN_SCOPE = "admin";

  /** An API client whose key's scopes the gateway did not name. */
  ApiClient API_CLIENT = new ApiClient(Set.of());
}
