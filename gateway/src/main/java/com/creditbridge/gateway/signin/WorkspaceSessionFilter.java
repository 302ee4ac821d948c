package com.creditbridge.gateway.signin;

import com.creditbridge.gateway.signin.decision.SignInToken;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every workspace page but sign-in and assets needs a live session: without one a page leads
 * through sign-in and back; with one, the person is attached to the request, and a form must carry
 * the session's CSRF token or nothing happens.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class WorkspaceSessionFilter implements WebFilter {

  private final SignIn signIn;

  WorkspaceSessionFilter(SignIn signIn) {
    this.signIn = signIn;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().value();
    if (!needsSession(path)) {
      return chain.filter(exchange);
    }
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(Cookies.SESSION);
    Mono<SignedInPerson> person = cookie == null ? Mono.empty() : signIn.resolve(cookie.getValue());
    return person
        .flatMap(found -> admit(exchange, chain, found).thenReturn(true))
        .switchIfEmpty(Mono.defer(() -> toSignIn(exchange).thenReturn(true)))
        .then();
  }

  static boolean needsSession(String path) {
    if (!(path.equals("/app") || path.startsWith("/app/"))) {
      return false;
    }
    return !(path.equals("/app/sign-in")
        || path.startsWith("/app/sign-in/")
        || path.startsWith("/app/assets/"));
  }

  private Mono<Void> admit(
      ServerWebExchange exchange, WebFilterChain chain, SignedInPerson person) {
    exchange.getAttributes().put(SignedInPerson.ATTRIBUTE, person);
    if (!HttpMethod.POST.equals(exchange.getRequest().getMethod())) {
      return chain.filter(exchange);
    }
    return exchange
        .getFormData()
        .flatMap(
            form ->
                SignInToken.sameSecret(person.csrfToken(), form.getFirst(FormTokens.FIELD))
                    ? chain.filter(exchange)
                    : refuse(exchange, chain));
  }

  /**
   * A form without this session's token: nothing happens, and the request goes on as a GET of the
   * page that says how to go on (the one page the sign-in forms show in that case too).
   */
  private static Mono<Void> refuse(ServerWebExchange exchange, WebFilterChain chain) {
    return chain.filter(
        exchange
            .mutate()
            .request(request -> request.method(HttpMethod.GET).path(SignInController.FORM_EXPIRED))
            .build());
  }

  private static Mono<Void> toSignIn(ServerWebExchange exchange) {
    ServerHttpRequest request = exchange.getRequest();
    String target = "/app/sign-in";
    if (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod())) {
      URI uri = request.getURI();
      String back = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      target += "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
    exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
    exchange.getResponse().getHeaders().setLocation(URI.create(target));
    return exchange.getResponse().setComplete();
  }
}
