package com.creditbridge.gateway.auth.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Who may pass the gateway. Deny by default: every path needs a known API key except the gateway's
 * own actuator, so a path that only looks unprotected (odd encodings, new routes) stays protected.
 *
 * <p>This slice knows one key, the bootstrap admin key; stored keys and scopes come later and will
 * add a "forbidden" outcome here.
 */
public final class AccessPolicy {

  public static final String ADMIN_KEY_NAME = "admin";

  private final byte[] adminKeyDigest;

  public AccessPolicy(String adminKey) {
    if (adminKey == null || adminKey.isBlank()) {
      throw new IllegalArgumentException("The admin API key must not be blank");
    }
    if (!BearerToken.isWellFormed(adminKey)) {
      throw new IllegalArgumentException(
          "The admin API key may only contain letters, digits and -._~+/ (a bearer token)");
    }
    this.adminKeyDigest = sha256(adminKey);
  }

  /**
   * @param rawPath the request path as received (still percent-encoded)
   * @param authorizationHeaders every {@code Authorization} header of the request
   */
  public AccessDecision decide(String rawPath, List<String> authorizationHeaders) {
    if (isOpen(rawPath)) {
      return new AccessDecision.Open();
    }
    if (authorizationHeaders.isEmpty()) {
      return new AccessDecision.Unauthenticated(
          "An API key is required: send 'Authorization: Bearer <api key>'.");
    }
    Optional<String> token =
        authorizationHeaders.size() == 1
            ? BearerToken.from(authorizationHeaders.get(0))
            : Optional.empty();
    if (token.isEmpty()) {
      return new AccessDecision.Unauthenticated(
          "The Authorization header must be exactly one 'Bearer <api key>'.");
    }
    if (!isAdminKey(token.get())) {
      return new AccessDecision.Unauthenticated("The API key is not recognised.");
    }
    return new AccessDecision.Granted(ADMIN_KEY_NAME);
  }

  private static boolean isOpen(String rawPath) {
    return rawPath.startsWith("/actuator/");
  }

  /** Compares digests in constant time, so neither content nor length leaks through timing. */
  private boolean isAdminKey(String token) {
    return MessageDigest.isEqual(adminKeyDigest, sha256(token));
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform provides SHA-256", e);
    }
  }
}
