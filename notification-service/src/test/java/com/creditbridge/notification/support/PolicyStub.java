package com.creditbridge.notification.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The hold-service's {@code GET /api/v1/policy} for the tests: a real HTTP server on loopback that
 * answers the settings a test puts (the defaults of credit-policy.md until then).
 */
public final class PolicyStub {

  public static final String DEFAULTS =
      """
      {"version": 1, "holdAfterDaysPastDue": 60, "warnDaysBeforeHold": 7,
       "creditLimitHoldRatio": 1.00, "creditLimitWarnRatio": 0.90, "pastDueTolerance": "0.00",
       "promiseGraceDays": 2, "maxPromiseDays": 30, "maxOverrideDays": 30,
       "escalationExposure": "50000.00", "escalationAckHours": 24, "timeZone": "UTC",
       "jointDecisionExposure": "100000.00", "reviewRequestHours": 48,
       "reevaluation": {"pendingAccounts": 0}}
      """;

  private static volatile String policy = DEFAULTS;
  private static HttpServer server;

  private PolicyStub() {}

  /** The policy URL, starting the server on first use. */
  public static synchronized String url() {
    if (server == null) {
      try {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext(
          "/api/v1/policy",
          exchange -> {
            byte[] body = policy.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
    }
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/policy";
  }

  /** Answers these settings from now on. */
  public static void answer(String json) {
    policy = json;
  }
}
