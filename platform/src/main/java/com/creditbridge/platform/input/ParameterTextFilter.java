package com.creditbridge.platform.input;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.problem.ProblemResponses;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Holds path segments and query parameters to the {@link TextRules} of a single line, before any
 * controller, so that a NUL in {@code ?salesRepId=} or an account id never reaches a query.
 */
class ParameterTextFilter implements WebFilter, Ordered {

  private final ProblemResponses problems;

  ParameterTextFilter(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var request = exchange.getRequest();
    List<FieldProblem> refused = new ArrayList<>();
    for (PathContainer.Element element : request.getPath().elements()) {
      if (element instanceof PathContainer.PathSegment segment) {
        TextRules.problem(segment.valueToMatch(), false)
            .ifPresent(message -> refused.add(new FieldProblem("path", message)));
      }
    }
    if (!PercentEncodedText.isValidUtf8(request.getURI().getRawQuery())
        || !PercentEncodedText.isValidUtf8(request.getURI().getRawPath())) {
      refused.add(new FieldProblem("query", "must be valid UTF-8 text"));
    }
    request
        .getQueryParams()
        .forEach(
            (name, values) ->
                values.stream()
                    .filter(value -> value != null)
                    .flatMap(value -> TextRules.problem(value, false).stream())
                    .findFirst()
                    .ifPresent(message -> refused.add(new FieldProblem(name, message))));
    if (refused.isEmpty()) {
      return chain.filter(exchange);
    }
    return problems.write(
        exchange,
        ApiProblem.badRequest(
            "The request has invalid parameters.", List.copyOf(refused.subList(0, 1))));
  }

  /** After authentication (an unknown caller learns nothing), before any body is read. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 15;
  }
}
