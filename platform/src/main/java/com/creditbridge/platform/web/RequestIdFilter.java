package com.creditbridge.platform.web;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Echoes the gateway's {@value #HEADER} on the response and exposes it to the request's handlers
 * (exchange attribute {@value #ATTRIBUTE}, Reactor context key {@value #ATTRIBUTE}), so one id
 * traces a request from the client through the gateway into the service's logs.
 */
public class RequestIdFilter implements WebFilter, Ordered {

  public static final String HEADER = "X-Request-Id";
  public static final String ATTRIBUTE = "creditbridge.requestId";

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id = exchange.getRequest().getHeaders().getFirst(HEADER);
    if (id == null || !RequestIds.isValid(id)) {
      // The gateway always sends a valid one; a direct call may not, and must not inject into logs.
      return chain.filter(exchange);
    }
    exchange.getAttributes().put(ATTRIBUTE, id);
    exchange.getResponse().getHeaders().set(HEADER, id);
    return chain.filter(exchange).contextWrite(context -> context.put(ATTRIBUTE, id));
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 4;
  }
}
