package com.creditbridge.systemtest;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prometheus' HTTP query API, as Grafana calls it. */
final class PrometheusApi {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  PrometheusApi(String base) {
    this.base = base;
  }

  /** The result vector of an instant query; fails on a query Prometheus rejects. */
  JsonNode query(String promql) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    base
                        + "/api/v1/query?query="
                        + URLEncoder.encode(promql, StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode json = JsonMapper.shared().readTree(response.body());
    if (!"success".equals(json.path("status").asString())) {
      throw new IllegalArgumentException(
          "Prometheus rejected " + promql + ": " + json.path("error").asString());
    }
    return json.path("data").path("result");
  }

  boolean hasData(String promql) throws Exception {
    return !query(promql).isEmpty();
  }
}
