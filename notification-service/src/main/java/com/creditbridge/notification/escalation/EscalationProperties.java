package com.creditbridge.notification.escalation;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code creditbridge.escalation.*}; defaults in application.yml.
 *
 * @param signingKey the HMAC key of acknowledgement links, at least 32 characters; the same on
 *     every replica and kept across restarts, or links already sent stop working
 * @param pollInterval how often deadlines are checked
 */
@ConfigurationProperties("creditbridge.escalation")
public record EscalationProperties(String signingKey, Duration pollInterval) {

  public EscalationProperties {
    Objects.requireNonNull(pollInterval, "creditbridge.escalation.poll-interval");
    if (signingKey == null || signingKey.isBlank()) {
      throw new IllegalStateException(
          "creditbridge.escalation.signing-key is required (at least 32 random characters)");
    }
  }
}
