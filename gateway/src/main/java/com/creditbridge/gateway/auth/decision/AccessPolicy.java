package com.creditbridge.gateway.auth.decision;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may pass the gateway, in two steps because looking a key up is I/O: {@link #credentials} says
 * which token to look up (or why none is usable), {@link #decide} combines the route's {@link
 * RouteAccess} with what the lookup found. The key is checked before the path, so nobody learns
 * which paths exist without one.
 */
public final class AccessPolicy {

  static final String NO_KEY = "An API key is required: send 'Authorization: Bearer <api key>'.";
  static final String MALFORMED =
      "The Authorization header must be exactly one 'Bearer <api key>'.";
  static final String UNKNOWN = "The API key is not recognised (unknown or revoked).";

  private AccessPolicy() {}

  /** The bearer token to look up, or the reason there is none. */
  public sealed interface Credentials {
    record Token(String value) implements Credentials {}

    record Unusable(String detail) implements Credentials {}
  }

  public static Credentials credentials(List<String> authorizationHeaders) {
    if (authorizationHeaders.isEmpty()) {
      return new Credentials.Unusable(NO_KEY);
    }
    Optional<String> token =
        authorizationHeaders.size() == 1
            ? BearerToken.from(authorizationHeaders.get(0))
            : Optional.empty();
    return token
        .<Credentials>map(Credentials.Token::new)
        .orElseGet(() -> new Credentials.Unusable(MALFORMED));
  }

  /**
   * @param access what the route needs
   * @param key the key the token identified, empty when unknown or revoked
   */
  public static AccessDecision decide(RouteAccess access, Optional<KeyGrant> key) {
    if (access instanceof RouteAccess.Public open) {
      return new AccessDecision.Open(open.limitedPerClient());
    }
    if (key.isEmpty()) {
      return new AccessDecision.Unauthenticated(UNKNOWN);
    }
    if (access instanceof RouteAccess.Requires requires) {
      return key.get().holds(requires.scope())
          ? new AccessDecision.Granted(key.get())
          : new AccessDecision.Forbidden(
              "This API key lacks the scope '" + requires.scope().wireName() + "'.");
    }
    if (access instanceof RouteAccess.RequiresAnyOf anyOf) {
      return anyOf.scopes().stream().anyMatch(key.get()::holds)
          ? new AccessDecision.Granted(key.get())
          : new AccessDecision.Forbidden(
              "This API key lacks all of the scopes "
                  + anyOf.scopes().stream()
                      .map(scope -> "'" + scope.wireName() + "'")
                      .collect(Collectors.joining(", "))
                  + "; it needs one of them.");
    }
    if (access instanceof RouteAccess.MethodNotAllowed notAllowed) {
      return new AccessDecision.NotRouted(notAllowed.allowed());
    }
    return new AccessDecision.NotRouted(Set.of());
  }
}
