package com.creditbridge.gateway.apikey;

import com.creditbridge.gateway.auth.decision.BearerToken;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bootstrap admin key ({@code creditbridge.gateway.admin-key}, from env {@code
 * CREDITBRIDGE_ADMIN_KEY} by default). Required: a gateway that starts without it would either let
 * everyone in or no one.
 */
@ConfigurationProperties("creditbridge.gateway")
record AdminKeyProperties(String adminKey) {

  AdminKeyProperties {
    if (adminKey == null || adminKey.isBlank()) {
      throw new IllegalArgumentException(
          "creditbridge.gateway.admin-key (env CREDITBRIDGE_ADMIN_KEY) must be set");
    }
    if (!BearerToken.isWellFormed(adminKey)) {
      throw new IllegalArgumentException(
          "The admin API key may only contain letters, digits and -._~+/ (a bearer token)");
    }
  }

  @Override
  public String toString() {
    return "AdminKeyProperties[adminKey=***]";
  }
}
