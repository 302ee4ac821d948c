package com.creditbridge.gateway.edge;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for the configured origins only, checked before the API key so that a browser's preflight
 * (which carries no key) is answered. With no origin configured there are no CORS headers at all.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 3)
  CorsWebFilter corsWebFilter(CorsProperties properties) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    if (!properties.allowedOrigins().isEmpty()) {
      var cors = new org.springframework.web.cors.CorsConfiguration();
      cors.setAllowedOrigins(properties.allowedOrigins());
      cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
      cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id"));
      cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location"));
      cors.setMaxAge(Duration.ofHours(1));
      source.registerCorsConfiguration("/api/**", cors);
    }
    return new CorsWebFilter(source);
  }
}
