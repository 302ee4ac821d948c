package com.creditbridge.gateway.problem;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.ProblemResponses;
import io.netty.channel.ChannelException;
import io.netty.handler.codec.DecoderException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * Turns every failure the gateway itself produces (no route, a backend that is down, slow or
 * broken, a bug) into problem JSON; replaces Spring Boot's HTML/JSON error page. Responses that a
 * backend produced never come here: they are relayed as they are.
 */
@Component
@Order(-3) // before platform's ProblemResponses (-2), to which it hands everything else
class GatewayErrorHandler implements ErrorWebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

  private final ProblemResponses problems;

  GatewayErrorHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      // Part of a backend response is already on its way; nothing sensible can be added.
      return Mono.error(error);
    }
    String path = exchange.getRequest().getPath().value();
    ApiProblem refused = cause(error, ApiProblem.class);
    if (refused != null) {
      // e.g. a body that went over its size limit while being forwarded
      return problems.write(exchange, refused);
    }
    if (error instanceof ResponseStatusException statusError) {
      return statusProblem(exchange, statusError, path);
    }
    String service = routedService(exchange);
    if (service == null) {
      return problems.handle(exchange, error);
    }
    if (hasCause(error, ConnectException.class)) {
      log.warn("{} is unreachable: {}", service, error.toString());
      return write(
          exchange, HttpStatus.SERVICE_UNAVAILABLE, "The " + service + " is not reachable.");
    }
    if (hasCause(error, TimeoutException.class)) {
      log.warn("{} did not answer in time: {}", service, error.toString());
      return write(
          exchange, HttpStatus.GATEWAY_TIMEOUT, "The " + service + " did not answer in time.");
    }
    if (isTransportFailure(error)) {
      log.warn("{} gave no usable response: {}", service, error.toString());
    } else {
      log.error("Unexpected failure routing {} to {}", path, service, error);
    }
    return write(exchange, HttpStatus.BAD_GATEWAY, "The " + service + " gave no usable response.");
  }

  /** The connection broke or the answer was not HTTP: the backend's fault, not a gateway bug. */
  private static boolean isTransportFailure(Throwable error) {
    return hasCause(error, IOException.class)
        || hasCause(error, AbortedException.class)
        || hasCause(error, ChannelException.class)
        || hasCause(error, DecoderException.class);
  }

  private Mono<Void> statusProblem(
      ServerWebExchange exchange, ResponseStatusException error, String path) {
    HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
    if (status == null) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    String detail;
    if (status == HttpStatus.NOT_FOUND) {
      detail = "There is no resource at " + path + ".";
    } else if (status == HttpStatus.GATEWAY_TIMEOUT) {
      String service = routedService(exchange);
      detail = "The " + (service == null ? "service" : service) + " did not answer in time.";
    } else if (status.is4xxClientError() && error.getReason() != null) {
      detail = error.getReason();
    } else {
      // A 5xx reason may describe internals; the log keeps it, the client gets the status.
      log.warn("{} for {}: {}", status, path, error.getMessage());
      detail = status.getReasonPhrase() + ".";
    }
    ApiProblem problem =
        status == HttpStatus.BAD_REQUEST
            ? ApiProblem.malformed(detail)
            : ApiProblem.of(status.value(), status.getReasonPhrase(), detail, List.of());
    return problems.write(exchange, problem, headers -> headers.addAll(error.getHeaders()));
  }

  private static String routedService(ServerWebExchange exchange) {
    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
    return route == null ? null : route.getId();
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    return cause(error, type) != null;
  }

  private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
    return problems.write(
        exchange, ApiProblem.of(status.value(), status.getReasonPhrase(), detail, List.of()));
  }
}
