package com.creditbridge.gateway.problem;

/**
 * An RFC 9457 problem the gateway answers itself. The type is {@code about:blank}: the status says
 * what went wrong, so the title is the status phrase and the detail says why.
 */
public record Problem(String type, String title, int status, String detail) {

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail);
  }
}
