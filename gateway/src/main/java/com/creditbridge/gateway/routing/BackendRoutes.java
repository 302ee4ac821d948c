package com.creditbridge.gateway.routing;

import com.creditbridge.gateway.auth.decision.PublicRoutes.Owner;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service listens. Only scheme, host and port are used: the gateway forwards the
 * client's path unchanged, so a path here would be ignored and is rejected to avoid surprises.
 */
@ConfigurationProperties("creditbridge.gateway.routes")
public record BackendRoutes(URI account, URI hold, URI notification) {

  public BackendRoutes {
    requireBaseUrl("account", account);
    requireBaseUrl("hold", hold);
    requireBaseUrl("notification", notification);
  }

  /** Where a service that owns public routes listens. */
  URI of(Owner owner) {
    return switch (owner) {
      case ACCOUNT -> account;
      case HOLD -> hold;
      case NOTIFICATION -> notification;
      case GATEWAY -> throw new IllegalArgumentException("the gateway answers its own routes");
    };
  }

  private static void requireBaseUrl(String service, URI url) {
    String key = "creditbridge.gateway.routes." + service;
    if (url == null) {
      throw new IllegalArgumentException(key + " is required");
    }
    boolean http = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
    boolean bare =
        url.getRawPath() == null || url.getRawPath().isEmpty() || "/".equals(url.getRawPath());
    if (!http || url.getHost() == null || !bare || url.getRawQuery() != null) {
      throw new IllegalArgumentException(
          key + " must be a base URL like http://127.0.0.1:8081, was " + url);
    }
  }
}
