package com.creditbridge.notification.feedback.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a feedback link: {@code {base64url(email)}.{week}.{score}.{signature}}, the
 * signature being base64url(HMAC-SHA256(key, "feedback.{email}.{week}.{score}")). The "feedback."
 * prefix keeps these signatures apart from the acknowledgement links signed with the same key. It
 * is valid until the end of the week after the week it asks about; nobody can make one for another
 * person, week or score without the key.
 */
public final class FeedbackToken {

  public static final int MIN_KEY_LENGTH = 32;
  private static final int MAX_TOKEN = 600;
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final ZoneId zone;

  public FeedbackToken(String signingKey, ZoneId zone) {
    if (signingKey == null || signingKey.length() < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "the signing key must be at least " + MIN_KEY_LENGTH + " characters");
    }
    this.key = new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.zone = zone;
  }

  /** What checking a token found. */
  public sealed interface Verdict {}

  /** Signed by us, still open. */
  public record Valid(String email, FeedbackWeek week, int score) implements Verdict {}

  /** Signed by us, but the week's answers are closed. */
  public record Expired(FeedbackWeek week, Instant closedAt) implements Verdict {}

  /** Not a token we made. */
  public record Invalid() implements Verdict {}

  public String sign(String email, FeedbackWeek week, int score) {
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException("a score is 1 to 5");
    }
    String normalized = email.strip().toLowerCase(Locale.ROOT);
    String payload =
        BASE64URL.encodeToString(normalized.getBytes(StandardCharsets.UTF_8))
            + "."
            + week
            + "."
            + score;
    return payload + "." + signature(normalized, week, score);
  }

  public Verdict verify(String token, Instant now) {
    if (token == null || token.length() > MAX_TOKEN) {
      return new Invalid();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 4) {
      return new Invalid();
    }
    String email;
    int score;
    Optional<FeedbackWeek> week = FeedbackWeek.parse(parts[1]);
    try {
      email = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
      score = Integer.parseInt(parts[2]);
    } catch (RuntimeException e) {
      return new Invalid();
    }
    if (week.isEmpty() || score < 1 || score > 5 || !parts[2].equals(String.valueOf(score))) {
      return new Invalid();
    }
    byte[] expected = signature(email, week.get(), score).getBytes(StandardCharsets.US_ASCII);
    // constant time: the comparison must not tell an attacker how much of a guess was right
    if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
      return new Invalid();
    }
    Instant closes = week.get().answersCloseAt(zone);
    return now.isBefore(closes)
        ? new Valid(email, week.get(), score)
        : new Expired(week.get(), closes);
  }

  private String signature(String email, FeedbackWeek week, int score) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      String payload = "feedback." + email + "." + week + "." + score;
      return BASE64URL.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }
}
