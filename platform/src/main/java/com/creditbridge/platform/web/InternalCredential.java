package com.creditbridge.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The secret the gateway adds to every request it forwards ({@value #HEADER}), so a service can
 * tell traffic that passed the gateway's key, scope and size checks from a direct call.
 */
public final class InternalCredential {

  public static final String HEADER = "X-CreditBridge-Internal";
  public static final String PROPERTY = "creditbridge.internal.credential";

  private final byte[] expected;

  public InternalCredential(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException(PROPERTY + " must not be blank when set");
    }
    this.expected = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** Constant-time comparison, so timing does not reveal how much of a guess was right. */
  public boolean matches(String presented) {
    return presented != null
        && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
  }
}
