package com.creditbridge.systemtest;

import com.creditbridge.contracts.EventJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A client of the public API, as an ERP or CRM would call it: HTTP through the gateway. */
final class Gateway {

  /** A response: its status and its JSON body (null when there is none). */
  record Response(int status, String contentType, JsonNode json) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String apiKey;

  Gateway(URI base, String apiKey) {
    this.base = base;
    this.apiKey = apiKey;
  }

  Gateway withKey(String otherKey) {
    return new Gateway(base, otherKey);
  }

  Response get(String path) throws Exception {
    return send(request(path).GET());
  }

  Response post(String path, String json) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response put(String path, String json) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST with extra headers, e.g. a W3C {@code traceparent} as a traced ERP would send. */
  Response post(String path, String json, Map<String, String> headers) throws Exception {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(builder::header);
    return send(builder);
  }

  private HttpRequest.Builder request(String path) {
    var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (apiKey != null) {
      builder.header("Authorization", "Bearer " + apiKey);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    JsonNode json = body == null || body.isBlank() ? null : EventJson.mapper().readTree(body);
    return new Response(
        response.statusCode(), response.headers().firstValue("content-type").orElse(""), json);
  }
}
