package com.creditbridge.notification.people;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code creditbridge.welcome.*}; defaults in application.yml.
 *
 * @param enabled whether this replica looks for people to welcome (tests run the pass themselves)
 * @param pollInterval how often it looks
 * @param policyUrl the hold-service's {@code GET /api/v1/policy}, read for the policy's words
 * @param policyTimeout how long that read may take; a failed read only delays the welcomes
 */
@ConfigurationProperties("creditbridge.welcome")
public record WelcomeProperties(
    boolean enabled, Duration pollInterval, URI policyUrl, Duration policyTimeout) {

  public WelcomeProperties {
    Objects.requireNonNull(pollInterval, "creditbridge.welcome.poll-interval");
    Objects.requireNonNull(policyUrl, "creditbridge.welcome.policy-url");
    Objects.requireNonNull(policyTimeout, "creditbridge.welcome.policy-timeout");
  }
}
