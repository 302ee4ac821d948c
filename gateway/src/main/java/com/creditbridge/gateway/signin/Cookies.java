package com.creditbridge.gateway.signin;

import org.springframework.web.server.ServerWebExchange;

/** Cookie attributes that depend on how the gateway is reached. */
final class Cookies {

  static final String SESSION = "cb_session";

  private Cookies() {}

  /** Secure over https, so a session cookie never travels in clear once TLS is in front. */
  static boolean secure(ServerWebExchange exchange) {
    return "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())
        || exchange.getRequest().getSslInfo() != null;
  }
}
