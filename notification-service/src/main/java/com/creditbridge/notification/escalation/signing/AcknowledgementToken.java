package com.creditbridge.notification.escalation.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in an escalation's acknowledgement link: {@code {escalationId}.{expiry unix
 * seconds}.{signature}}, the signature being base64url(HMAC-SHA256(key, "{id}.{expiry}")). Anyone
 * holding the link may acknowledge, until it expires; nobody can make one for another escalation or
 * stretch its expiry without the key.
 */
public final class AcknowledgementToken {

  /** At least 256 bits of key, as HMAC-SHA256 wants. */
  public static final int MIN_KEY_LENGTH = 32;

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;

  public AcknowledgementToken(String signingKey) {
    if (signingKey == null || signingKey.length() < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "the escalation signing key must be at least " + MIN_KEY_LENGTH + " characters");
    }
    this.key = new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** What checking a token found. */
  public sealed interface Verdict {}

  /** Signed by us and not expired. */
  public record Valid(UUID escalationId, Instant expiresAt) implements Verdict {}

  /** Signed by us, but too late. */
  public record Expired(UUID escalationId, Instant expiredAt) implements Verdict {}

  /** Not a token we made: malformed, or a signature that does not match. */
  public record Invalid() implements Verdict {}

  public String sign(UUID escalationId, Instant expiresAt) {
    String payload = escalationId + "." + expiresAt.getEpochSecond();
    return payload + "." + signature(payload);
  }

  public Verdict verify(String token, Instant now) {
    if (token == null || token.length() > 200) {
      return new Invalid();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return new Invalid();
    }
    UUID id;
    Instant expiresAt;
    try {
      id = UUID.fromString(parts[0]);
      expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
    } catch (RuntimeException e) {
      return new Invalid();
    }
    byte[] expected = signature(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    // constant time: the comparison must not tell an attacker how much of a guess was right
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return new Invalid();
    }
    return now.isAfter(expiresAt) ? new Expired(id, expiresAt) : new Valid(id, expiresAt);
  }

  private String signature(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return BASE64URL.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }
}
