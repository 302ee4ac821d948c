package com.creditbridge.notification.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's verification, written from the Standard Webhooks specification and independent of
 * the production signer: the signed content is {@code id.timestamp.body}, the key is the base64
 * after {@code whsec_}, the header holds space-delimited {@code v1,<base64>} signatures of which
 * one must match (compared in constant time), and the timestamp must be within 5 minutes of the
 * receiver's clock: in the tests, the service's movable clock, which other tests move forward.
 */
public final class StandardWebhooksVerifier {

  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  private StandardWebhooksVerifier() {}

  public static boolean verifies(String secret, WebhookSink.Received request, Instant now) {
    String id = request.header("webhook-id");
    String timestamp = request.header("webhook-timestamp");
    String signatures = request.header("webhook-signature");
    if (id == null || timestamp == null || signatures == null) {
      return false;
    }
    long seconds = Long.parseLong(timestamp);
    if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
      return false;
    }
    byte[] expected = expected(secret, id + "." + timestamp + ".", request.body());
    for (String signature : signatures.split(" ")) {
      int comma = signature.indexOf(',');
      if (comma < 0 || !signature.substring(0, comma).equals("v1")) {
        continue;
      }
      byte[] given;
      try {
        given = Base64.getDecoder().decode(signature.substring(comma + 1));
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (MessageDigest.isEqual(expected, given)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] expected(String secret, String prefix, byte[] body) {
    try {
      String encoded = secret.startsWith("whsec_") ? secret.substring(6) : secret;
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
      mac.update(prefix.getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
