package com.creditbridge.gateway.problem;

import com.creditbridge.contracts.ProblemTypes;

/**
 * An RFC 9457 problem the gateway answers itself, typed like the services' problems. The gateway's
 * only 400 is a request line it refuses to route, hence "malformed request".
 */
public record Problem(String type, String title, int status, String detail) {

  public static Problem of(int status, String title, String detail) {
    String type = status == 400 ? ProblemTypes.MALFORMED : ProblemTypes.forStatus(status);
    return new Problem(type, title, status, detail);
  }
}
