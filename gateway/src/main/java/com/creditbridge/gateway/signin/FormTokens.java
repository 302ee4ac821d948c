package com.creditbridge.gateway.signin;

import com.creditbridge.gateway.signin.decision.SignInToken;
import java.security.SecureRandom;
import java.time.Duration;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;

/**
 * CSRF protection for the forms shown before anyone is signed in (asking for a link, pressing "Sign
 * in"): a random value in a SameSite=Strict cookie that the form must repeat. Forms of a session
 * repeat the session's own token instead ({@link SignedInPerson#csrfToken()}).
 */
@Component
class FormTokens {

  static final String COOKIE = "cb_form";
  static final String FIELD = "_csrf";

  private final SecureRandom random = new SecureRandom();

  /** The token for a form on this page, set as a cookie when the browser has none yet. */
  String issue(ServerWebExchange exchange) {
    HttpCookie existing = exchange.getRequest().getCookies().getFirst(COOKIE);
    if (existing != null && SignInToken.wellFormed(existing.getValue())) {
      return existing.getValue();
    }
    String token = SignInToken.generate(random);
    exchange
        .getResponse()
        .addCookie(
            ResponseCookie.from(COOKIE, token)
                .httpOnly(true)
                .sameSite("Strict")
                .secure(Cookies.secure(exchange))
                .path("/app")
                .maxAge(Duration.ofHours(12))
                .build());
    return token;
  }

  boolean accepts(ServerWebExchange exchange, MultiValueMap<String, String> form) {
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
    return cookie != null
        && SignInToken.wellFormed(cookie.getValue())
        && SignInToken.sameSecret(cookie.getValue(), form.getFirst(FIELD));
  }
}
