package com.creditbridge.gateway.edge;

import com.creditbridge.platform.web.RequestIds;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}: the client's when it is 1–128 characters of {@code
 * [A-Za-z0-9._:-]}, otherwise a new UUID (an unusable id is replaced rather than refused, so a
 * client's tracing bug never blocks its ledger events). The id goes to the service and back to the
 * client, on every answer including the gateway's own problems.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

  static final String HEADER = com.creditbridge.platform.web.RequestIdFilter.HEADER;
  private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var given = exchange.getRequest().getHeaders().getOrEmpty(HEADER);
    String id;
    if (given.size() == 1 && RequestIds.isValid(given.get(0))) {
      id = given.get(0);
    } else {
      id = UUID.randomUUID().toString();
      if (!given.isEmpty()) {
        log.debug("Replaced an unusable {} with {}", HEADER, id);
      }
    }
    ServerHttpRequest request =
        exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, id)).build();
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              exchange.getResponse().getHeaders().set(HEADER, id);
              return Mono.empty();
            });
    exchange.getResponse().getHeaders().set(HEADER, id);
    exchange.getAttributes().put(com.creditbridge.platform.web.RequestIdFilter.ATTRIBUTE, id);
    return chain.filter(exchange.mutate().request(request).build());
  }
}
