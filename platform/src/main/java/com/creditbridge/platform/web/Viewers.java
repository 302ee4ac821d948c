package com.creditbridge.platform.web;

import com.creditbridge.platform.access.Viewer;
import org.springframework.web.server.ServerWebExchange;

/** The request's {@link Viewer}, as {@link ViewerFilter} resolved it. */
public final class Viewers {

  static final String ATTRIBUTE = "creditbridge.viewer";

  private Viewers() {}

  /** An API client when the filter did not run (a request it never saw has no person). */
  public static Viewer of(ServerWebExchange exchange) {
    return exchange.getAttributeOrDefault(ATTRIBUTE, Viewer.API_CLIENT);
  }
}
