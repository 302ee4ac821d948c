package com.creditbridge.notification.webhook.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  // The test vector of the Standard Webhooks reference libraries (e.g. the svix/standardwebhooks
  // "sign" tests): what a receiver's off-the-shelf verifier accepts.
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long TIMESTAMP = 1614265330L;
  private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

  @Test
  void reproducesTheStandardWebhooksReferenceVector() {
    assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void acceptsTheSecretWithoutItsPrefixAsTheReferenceLibrariesDo() {
    assertThat(WebhookSignature.sign(SECRET.substring("whsec_".length()), ID, TIMESTAMP, BODY))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void aDifferentTimestampGivesADifferentSignature() {
    assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP + 1, BODY))
        .isNotEqualTo(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
  }

  @Test
  void generatedSecretsCarryThirtyTwoRandomBytesAfterThePrefix() {
    var random = new SecureRandom();
    String secret = WebhookSecret.generate(random);

    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    assertThat(WebhookSecret.generate(random)).isNotEqualTo(secret);
  }
}
