package com.creditbridge.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Headers every answer carries, whoever produced it: no MIME sniffing, no framing, no referrer, no
 * caching of API answers (they hold credit data), and HSTS once the gateway is reached over HTTPS.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeadersFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    boolean https =
        "https".equalsIgnoreCase(request.getURI().getScheme()) || request.getSslInfo() != null;
    boolean api = request.getPath().value().startsWith("/api/");
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              HttpHeaders headers = exchange.getResponse().getHeaders();
              headers.set("X-Content-Type-Options", "nosniff");
              headers.set("X-Frame-Options", "DENY");
              headers.set("Referrer-Policy", "no-referrer");
              if (api) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
              }
              if (https) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
              }
              return Mono.empty();
            });
    return chain.filter(exchange);
  }
}
