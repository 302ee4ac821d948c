package com.creditbridge.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/** Asks a service's actuator whether it is UP. */
final class HealthCheck {

  // longer on a crowded machine (-Dcreditbridge.local.health-timeout=600): a service's start there
  // can take minutes
  static final Duration TIMEOUT =
      Duration.ofSeconds(Long.getLong("creditbridge.local.health-timeout", 120));
  static final Duration INTERVAL = Duration.ofMillis(500);

  private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final HttpRequest request;

  HealthCheck(int port) {
    this.request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
  }

  boolean isUp() {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      // the actuator answers 503 for DOWN and OUT_OF_SERVICE
      return response.statusCode() == 200 && UP.matcher(response.body()).find();
    } catch (IOException e) {
      return false; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking health", e);
    }
  }
}
