package com.creditbridge.notification.webhook.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of the Standard Webhooks scheme: {@code v1,} followed by the
 * base64 of HMAC-SHA256(key, "{id}.{timestamp}.{body}"). Receivers verify it with any Standard
 * Webhooks library, so it has to match the reference implementations byte for byte.
 */
public final class WebhookSignature {

  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /**
   * @param secret the endpoint secret ({@code whsec_...})
   * @param id the {@code webhook-id} header: the event id, the same on every retry
   * @param timestamp the {@code webhook-timestamp} header: unix seconds of this attempt
   * @param body the exact bytes of the request body
   */
  public static String sign(String secret, String id, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(WebhookSecret.keyBytes(secret), ALGORITHM));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }
}
