package com.creditbridge.gateway.apikey.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * An API key: {@value #PREFIX} and 32 random bytes (256 bits) in URL-safe base64. Only its SHA-256
 * digest is stored. A plain, unsalted hash is enough here because the key is random and long:
 * nobody can enumerate 2^256 candidates, so salting and slow hashing (which protect low-entropy
 * passwords) would only slow every request down.
 */
public final class ApiKeySecret {

  public static final String PREFIX = "cbk_";

  /** Characters shown in listings so people can tell keys apart without revealing them. */
  static final int DISPLAY_LENGTH = PREFIX.length() + 8;

  private ApiKeySecret() {}

  public static String generate(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform provides SHA-256", e);
    }
  }

  public static String displayPrefix(String key) {
    return key.substring(0, Math.min(DISPLAY_LENGTH, key.length()));
  }

  /** Random public id of a key, e.g. {@code key_3f9c0a1b2d4e5f60}. */
  public static String newId(SecureRandom random) {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    StringBuilder id = new StringBuilder("key_");
    for (byte b : bytes) {
      id.append(String.format("%02x", b));
    }
    return id.toString();
  }
}
