package com.creditbridge.systemtest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a webhook the way a CRM would, written from the Standard Webhooks specification and
 * sharing no code with the service: the signed content is {@code id.timestamp.body}, the key is the
 * base64 part of the {@code whsec_} secret, and the header holds space-separated {@code v1,<base64
 * HMAC-SHA256>} signatures of which one must match.
 */
final class StandardWebhooksVerifier {

  private final byte[] key;

  StandardWebhooksVerifier(String secret) {
    if (!secret.startsWith("whsec_")) {
      throw new IllegalArgumentException("not a Standard Webhooks secret");
    }
    this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
  }

  boolean verifies(String id, String timestamp, String body, String signatureHeader) {
    byte[] expected = sign(id + "." + timestamp + "." + body);
    for (String signature : signatureHeader.split(" ")) {
      String[] parts = signature.split(",", 2);
      if (parts.length == 2
          && parts[0].equals("v1")
          && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
        return true;
      }
    }
    return false;
  }

  private byte[] sign(String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
