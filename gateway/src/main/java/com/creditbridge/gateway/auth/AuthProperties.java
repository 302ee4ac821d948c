package com.creditbridge.gateway.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bootstrap admin key ({@code creditbridge.gateway.admin-key}, from env {@code
 * CREDITBRIDGE_ADMIN_KEY} by default). Required: a gateway that starts without it would either let
 * everyone in or no one.
 */
@ConfigurationProperties("creditbridge.gateway")
record AuthProperties(String adminKey) {

  AuthProperties {
    if (adminKey == null || adminKey.isBlank()) {
      throw new IllegalArgumentException(
          "creditbridge.gateway.admin-key (env CREDITBRIDGE_ADMIN_KEY) must be set");
    }
  }

  @Override
  public String toString() {
    return "AuthProperties[adminKey=***]";
  }
}
