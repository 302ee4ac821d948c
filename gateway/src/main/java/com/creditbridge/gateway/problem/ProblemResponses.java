package com.creditbridge.gateway.problem;

import java.util.function.Consumer;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes the gateway's own errors as {@code application/problem+json}. */
@Component
public class ProblemResponses {

  private final JsonMapper json;

  ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
    return write(exchange, status, detail, headers -> {});
  }

  public Mono<Void> write(
      ServerWebExchange exchange,
      HttpStatus status,
      String detail,
      Consumer<HttpHeaders> extraHeaders) {
    Problem problem = Problem.of(status.value(), status.getReasonPhrase(), detail);
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(status);
    HttpHeaders headers = response.getHeaders();
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    extraHeaders.accept(headers);
    DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
    return response.writeWith(Mono.just(body));
  }
}
