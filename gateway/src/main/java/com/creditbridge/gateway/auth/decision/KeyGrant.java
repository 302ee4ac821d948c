package com.creditbridge.gateway.auth.decision;

import java.util.Set;

/**
 * What a recognised, unrevoked API key may do.
 *
 * @param keyId the key's id (never the key itself), used for rate limits and logs
 * @param rateLimit the key's own limit, or null for the gateway's default
 */
public record KeyGrant(String keyId, Set<Scope> scopes, RateLimit rateLimit) {

  public KeyGrant {
    scopes = Set.copyOf(scopes);
  }

  public boolean holds(Scope scope) {
    return scopes.contains(Scope.ADMIN) || scopes.contains(scope);
  }
}
