package com.creditbridge.gateway.auth;

import com.creditbridge.gateway.apikey.ApiKeys;
import com.creditbridge.gateway.auth.decision.AccessDecision;
import com.creditbridge.gateway.auth.decision.AccessPolicy;
import com.creditbridge.gateway.auth.decision.InsidePeer;
import com.creditbridge.gateway.auth.decision.KeyGrant;
import com.creditbridge.gateway.auth.decision.RouteAccess;
import com.creditbridge.gateway.auth.decision.Scope;
import com.creditbridge.gateway.auth.decision.ScopePolicy;
import com.creditbridge.gateway.ratelimit.RateLimits;
import com.creditbridge.gateway.ratelimit.decision.TokenBucket;
import com.creditbridge.platform.access.PersonHeaders;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.ProblemResponses;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Applies {@link ScopePolicy} and {@link AccessPolicy} to every request before any route is looked
 * up, then the caller's rate limit: 401, 403, 404/405 (only with a valid key), 429. Failed
 * authentications are counted per client address: past a small burst they get 429, not 401.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyFilter implements WebFilter {

  private final ApiKeys keys;
  private final RateLimits rateLimits;
  private final ProblemResponses problems;

  ApiKeyFilter(ApiKeys keys, RateLimits rateLimits, ProblemResponses problems) {
    this.keys = keys;
    this.rateLimits = rateLimits;
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange received, WebFilterChain chain) {
    // only the gateway says which scopes a key holds; a client's claim never reaches a service
    ServerWebExchange exchange =
        received.getRequest().getHeaders().containsHeader(PersonHeaders.KEY_SCOPES)
            ? withKeyScopes(received, null)
            : received;
    ServerHttpRequest request = exchange.getRequest();
    RouteAccess access =
        ScopePolicy.accessFor(request.getMethod().name(), request.getPath().value());
    if (access instanceof RouteAccess.FromInsideOnly) {
      InetSocketAddress peer = request.getRemoteAddress();
      return InsidePeer.isInside(peer == null ? null : peer.getAddress())
          ? chain.filter(exchange)
          : notFound(exchange);
    }
    if (access instanceof RouteAccess.Public open) {
      return open.limitedPerClient()
          ? limited(exchange, chain, rateLimits.forClient(clientAddress(request)))
          : chain.filter(exchange);
    }
    AccessPolicy.Credentials credentials =
        AccessPolicy.credentials(request.getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION));
    if (credentials instanceof AccessPolicy.Credentials.Unusable unusable) {
      return failedAuthentication(exchange, unusable.detail());
    }
    String token = ((AccessPolicy.Credentials.Token) credentials).value();
    return keys.grantFor(token)
        .flatMap(grant -> apply(exchange, chain, AccessPolicy.decide(access, grant)));
  }

  private Mono<Void> apply(
      ServerWebExchange exchange, WebFilterChain chain, AccessDecision decision) {
    if (decision instanceof AccessDecision.Granted granted) {
      return limited(
          withKeyScopes(exchange, granted.key()), chain, rateLimits.forKey(granted.key()));
    }
    if (decision instanceof AccessDecision.Unauthenticated denied) {
      return failedAuthentication(exchange, denied.detail());
    }
    if (decision instanceof AccessDecision.Forbidden forbidden) {
      return problems.write(
          exchange, ApiProblem.of(403, "Forbidden", forbidden.detail(), List.of()));
    }
    if (decision instanceof AccessDecision.NotRouted notRouted && !notRouted.allowed().isEmpty()) {
      return problems.write(
          exchange,
          ApiProblem.of(
              405,
              "Method Not Allowed",
              "Allowed here: " + String.join(", ", notRouted.allowed()) + ".",
              List.of()),
          headers -> headers.set(HttpHeaders.ALLOW, String.join(", ", notRouted.allowed())));
    }
    if (decision instanceof AccessDecision.NotRouted) {
      return notFound(exchange);
    }
    return chain.filter(exchange);
  }

  /**
   * The request with {@link PersonHeaders#KEY_SCOPES} naming the key's scopes (sorted, so a service
   * sees one spelling), or without it when there is no key. A route open to several scopes (a
   * review decision: credit or the sales manager) lets the service tell which the caller holds.
   */
  private static ServerWebExchange withKeyScopes(ServerWebExchange exchange, KeyGrant key) {
    return exchange
        .mutate()
        .request(
            request ->
                request.headers(
                    headers -> {
                      headers.remove(PersonHeaders.KEY_SCOPES);
                      if (key != null) {
                        headers.set(
                            PersonHeaders.KEY_SCOPES,
                            key.scopes().stream()
                                .map(Scope::wireName)
                                .sorted()
                                .collect(Collectors.joining(",")));
                      }
                    }))
        .build();
  }

  private Mono<Void> notFound(ServerWebExchange exchange) {
    return problems.write(
        exchange,
        ApiProblem.of(
            404,
            "Not Found",
            "There is no resource at " + exchange.getRequest().getPath().value() + ".",
            List.of()));
  }

  private Mono<Void> limited(
      ServerWebExchange exchange, WebFilterChain chain, TokenBucket.Outcome outcome) {
    if (outcome instanceof TokenBucket.Outcome.Limited limited) {
      long seconds = limited.retryAfterSeconds();
      return tooManyRequests(
          exchange, seconds, "Rate limit exceeded; retry after " + seconds + " s.");
    }
    return chain.filter(exchange);
  }

  /** A 401, or a 429 once this address has failed to authenticate too often. */
  private Mono<Void> failedAuthentication(ServerWebExchange exchange, String detail) {
    var outcome = rateLimits.forFailedAuthentication(clientAddress(exchange.getRequest()));
    if (outcome instanceof TokenBucket.Outcome.Limited limited) {
      long seconds = limited.retryAfterSeconds();
      return tooManyRequests(
          exchange,
          seconds,
          "Too many requests without a valid API key from this address; retry after "
              + seconds
              + " s.");
    }
    return unauthorized(exchange, detail);
  }

  private Mono<Void> tooManyRequests(ServerWebExchange exchange, long seconds, String detail) {
    return problems.write(
        exchange,
        ApiProblem.of(429, "Too Many Requests", detail, List.of()),
        headers -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
  }

  private Mono<Void> unauthorized(ServerWebExchange exchange, String detail) {
    return problems.write(
        exchange,
        ApiProblem.of(401, "Unauthorized", detail, List.of()),
        headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
  }

  /**
   * The peer address. The gateway is the edge, so X-Forwarded-For is not trusted: a client could
   * set it to dodge its limit. Behind a proxy, configure Spring's forwarded-header handling.
   */
  private static String clientAddress(ServerHttpRequest request) {
    return Optional.ofNullable(request.getRemoteAddress())
        .map(InetSocketAddress::getAddress)
        .map(address -> address.getHostAddress())
        .orElse("unknown");
  }
}
