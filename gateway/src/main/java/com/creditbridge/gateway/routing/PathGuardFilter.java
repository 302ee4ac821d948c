package com.creditbridge.gateway.routing;

import com.creditbridge.gateway.routing.decision.RequestPathCheck;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Refuses ambiguous paths before anything else looks at them (see {@link RequestPathCheck}). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PathGuardFilter implements WebFilter {

  private final ProblemResponses problems;

  PathGuardFilter(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return RequestPathCheck.rejectionOf(exchange.getRequest().getPath().value())
        .map(reason -> problems.write(exchange, ApiProblem.malformed(reason)))
        .orElseGet(() -> chain.filter(exchange));
  }
}
