package com.creditbridge.gateway.signin;

import com.creditbridge.gateway.signin.decision.SignInRules;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings ({@code creditbridge.gateway.sign-in}); defaults in application.yml follow
 * contract.md.
 *
 * @param from the sender of sign-in emails
 */
@ConfigurationProperties("creditbridge.gateway.sign-in")
public record SignInProperties(
    String from,
    Duration linkValidity,
    int linksPerAddressPerHour,
    Duration sessionIdle,
    Duration sessionMax) {

  public SignInRules rules() {
    return new SignInRules(linkValidity, linksPerAddressPerHour, sessionIdle, sessionMax);
  }
}
