package com.creditbridge.platform.problem;

import com.creditbridge.platform.input.JsonProblems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's one error handler: every failure of a request, from a controller or from the
 * framework (unknown path, unreadable body, wrong media type), becomes an RFC 9457 {@code
 * application/problem+json} answer. Never a stack trace, never an HTML page.
 */
public class ProblemResponses implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  private final JsonMapper json;

  public ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    var response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.error(error);
    }
    return write(exchange, toProblem(error, exchange));
  }

  /** Answers with {@code problem} directly, for filters that refuse a request before routing. */
  public Mono<Void> write(ServerWebExchange exchange, ApiProblem problem) {
    return write(exchange, problem, headers -> {});
  }

  /** As {@link #write(ServerWebExchange, ApiProblem)}, with extra headers (Retry-After…). */
  public Mono<Void> write(
      ServerWebExchange exchange, ApiProblem problem, Consumer<HttpHeaders> extraHeaders) {
    var response = exchange.getResponse();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    body.put("instance", exchange.getRequest().getPath().value());
    if (!problem.errors().isEmpty()) {
      body.put("errors", problem.errors());
    }
    response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    extraHeaders.accept(response.getHeaders());
    byte[] bytes = json.writeValueAsBytes(body);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
  }

  private ApiProblem toProblem(Throwable error, ServerWebExchange exchange) {
    if (error instanceof ApiProblem problem) {
      return problem;
    }
    if (causedBy(error, DataBufferLimitException.class)) {
      return ApiProblem.of(
          413, "Payload too large", "The request body exceeds the allowed size.", List.of());
    }
    if (error instanceof WebExchangeBindException bind) {
      var fields =
          bind.getFieldErrors().stream()
              .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
              .toList();
      return ApiProblem.badRequest("The request has invalid fields.", fields);
    }
    if (error instanceof UnsupportedMediaTypeStatusException unsupported) {
      return ApiProblem.of(
          415,
          "Unsupported media type",
          "Content type "
              + unsupported.getContentType()
              + " is not supported here; use one of "
              + unsupported.getSupportedMediaTypes()
              + ".",
          List.of());
    }
    if (error instanceof ServerWebInputException input) {
      JacksonException unreadable = cause(error, JacksonException.class);
      return unreadable != null
          ? JsonProblems.problem(unreadable)
          : new MalformedRequest(input).problem();
    }
    if (error instanceof ResponseStatusException status) {
      int code = status.getStatusCode().value();
      String reason =
          HttpStatus.resolve(code) == null ? "Error" : HttpStatus.resolve(code).getReasonPhrase();
      return ApiProblem.of(
          code, reason, status.getReason() == null ? reason + "." : status.getReason(), List.of());
    }
    log.error(
        "Unhandled error on {} {}",
        exchange.getRequest().getMethod(),
        exchange.getRequest().getPath(),
        error);
    return ApiProblem.of(
        500,
        "Internal error",
        "The request could not be completed; it has been logged.",
        List.of());
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
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

  /** A body the server could not read: say so without leaking parser or class names. */
  private record MalformedRequest(ServerWebInputException error) {

    /** A qualified Java name ({@code java.lang.Integer}): the framework's words, not ours. */
    private static final Pattern NAMES_CODE = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[A-Za-z]");

    ApiProblem problem() {
      String reason =
          error.getReason() == null ? "The request could not be read." : error.getReason();
      if (reason.startsWith("Failed to read HTTP message") || NAMES_CODE.matcher(reason).find()) {
        reason = "The request body is not valid JSON for this operation.";
      }
      return ApiProblem.malformed(reason);
    }
  }
}
