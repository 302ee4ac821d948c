package com.creditbridge.platform.web;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.ProblemResponses;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses every request that did not come through the gateway (401), except the actuator, which the
 * local runner and orchestrators poll on the service's own (loopback) port.
 */
public class InternalCredentialFilter implements WebFilter, Ordered {

  private final InternalCredential credential;
  private final ProblemResponses problems;

  /**
   * @param credential the expected credential, or null to let every request through (not set)
   */
  public InternalCredentialFilter(InternalCredential credential, ProblemResponses problems) {
    this.credential = credential;
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (credential == null) {
      return chain.filter(exchange);
    }
    ServerHttpRequest request = exchange.getRequest();
    String path = request.getPath().pathWithinApplication().value();
    if (path.equals("/actuator") || path.startsWith("/actuator/")) {
      return chain.filter(exchange);
    }
    List<String> presented = request.getHeaders().getOrEmpty(InternalCredential.HEADER);
    if (presented.size() == 1 && credential.matches(presented.get(0))) {
      return chain.filter(exchange);
    }
    return problems.write(
        exchange,
        ApiProblem.of(
            401,
            "Unauthorized",
            "This service is reached only through the CreditBridge gateway.",
            List.of()));
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 5;
  }
}
