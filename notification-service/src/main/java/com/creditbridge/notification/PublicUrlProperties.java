package com.creditbridge.notification;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl where people reach CreditBridge (the gateway); links in emails start with it
 */
@ConfigurationProperties("creditbridge")
public record PublicUrlProperties(String publicUrl) {

  public PublicUrlProperties {
    Objects.requireNonNull(publicUrl, "creditbridge.public-url");
  }
}
