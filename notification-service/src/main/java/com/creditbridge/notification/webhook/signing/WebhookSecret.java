package com.creditbridge.notification.webhook.signing;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * An endpoint's signing secret in the Standard Webhooks form: {@code whsec_} followed by the base64
 * of the key bytes. The prefix tells a reader (and secret scanners) what the string is.
 */
public final class WebhookSecret {

  static final String PREFIX = "whsec_";
  private static final int KEY_BYTES = 32;

  private WebhookSecret() {}

  /** A new secret with 32 random bytes of key. */
  public static String generate(SecureRandom random) {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The HMAC key bytes of a secret; the {@code whsec_} prefix is optional, as in the spec. */
  public static byte[] keyBytes(String secret) {
    String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    return Base64.getDecoder().decode(encoded);
  }
}
