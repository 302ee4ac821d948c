package com.creditbridge.platform.web;

import com.creditbridge.platform.access.InvalidPersonHeaders;
import com.creditbridge.platform.access.PersonHeaders;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.problem.ProblemResponses;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Reads the {@link PersonHeaders} into the request's {@link Viewer} (see {@link Viewers}). It runs
 * after {@link InternalCredentialFilter}: only a request that passed the credential check reaches
 * it, which is why the headers can be trusted.
 */
public class ViewerFilter implements WebFilter, Ordered {

  private final ProblemResponses problems;

  public ViewerFilter(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    HttpHeaders headers = exchange.getRequest().getHeaders();
    Viewer viewer;
    try {
      viewer =
          PersonHeaders.read(
              headers.getOrEmpty(PersonHeaders.EMAIL),
              headers.getOrEmpty(PersonHeaders.ROLES),
              headers.getOrEmpty(PersonHeaders.NAME),
              headers.getOrEmpty(PersonHeaders.KEY_SCOPES));
    } catch (InvalidPersonHeaders invalid) {
      return problems.write(
          exchange,
          ApiProblem.badRequest(
              "The headers naming the caller (a signed-in person or an API key's scopes) are not valid.",
              List.of(new FieldProblem(invalid.header(), invalid.getMessage()))));
    }
    exchange.getAttributes().put(Viewers.ATTRIBUTE, viewer);
    return chain.filter(exchange);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 6;
  }
}
