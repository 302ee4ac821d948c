package com.creditbridge.gateway.edge;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.ProblemResponses;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 413 for bodies over the limit (1 MiB, NDJSON 20 MiB): at once when Content-Length says so, and
 * while streaming otherwise (chunked bodies), so nothing over the limit is buffered or forwarded
 * whole. A body cut off mid-stream reaches the service as an aborted request, never as a complete
 * one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodyLimitFilter implements WebFilter {

  private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

  private final BodyLimitProperties limits;
  private final ProblemResponses problems;

  BodyLimitFilter(BodyLimitProperties limits, ProblemResponses problems) {
    this.limits = limits;
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    MediaType type = request.getHeaders().getContentType();
    boolean ndjson = type != null && NDJSON.isCompatibleWith(type);
    long limit = (ndjson ? limits.ndjson() : limits.json()).toBytes();
    long declared = request.getHeaders().getContentLength();
    if (declared > limit) {
      return problems.write(
          exchange,
          tooLarge(limit, ndjson),
          headers -> headers.set(HttpHeaders.CONNECTION, "close"));
    }
    ServerHttpRequest counted =
        new ServerHttpRequestDecorator(request) {
          @Override
          public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody()
                .handle(
                    (buffer, sink) -> {
                      if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        closeAfterAnswer(exchange);
                        sink.error(tooLarge(limit, ndjson));
                      } else {
                        sink.next(buffer);
                      }
                    });
          }
        };
    return chain.filter(exchange.mutate().request(counted).build());
  }

  /**
   * The client is still sending the rest of the body: the connection cannot carry another request,
   * so it is closed after the 413 rather than handed back to the client's pool half-read.
   */
  private static void closeAfterAnswer(ServerWebExchange exchange) {
    if (!exchange.getResponse().isCommitted()) {
      exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
    }
  }

  static ApiProblem tooLarge(long limit, boolean ndjson) {
    return ApiProblem.of(
        413,
        "Payload Too Large",
        "The request body exceeds "
            + (limit / (1024 * 1024))
            + " MiB, the limit for "
            + (ndjson ? "NDJSON" : "this")
            + " requests.",
        List.of());
  }
}
