package com.creditbridge.gateway.auth;

import com.creditbridge.gateway.auth.decision.AccessDecision;
import com.creditbridge.gateway.auth.decision.AccessPolicy;
import com.creditbridge.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Applies the {@link AccessPolicy} to every request, before any route is looked up. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyFilter implements WebFilter {

  private final AccessPolicy policy;
  private final ProblemResponses problems;

  ApiKeyFilter(AuthProperties properties, ProblemResponses problems) {
    this.policy = new AccessPolicy(properties.adminKey());
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    AccessDecision decision =
        policy.decide(
            request.getPath().value(), request.getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION));
    if (decision instanceof AccessDecision.Unauthenticated denied) {
      return problems.write(
          exchange,
          HttpStatus.UNAUTHORIZED,
          denied.detail(),
          headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }
    return chain.filter(exchange);
  }
}
