package com.creditbridge.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CreditBridge's public API through the gateway, as the benchmark's clients call it. */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final HttpClient http;
  private final String baseUrl;
  private final String key;

  public Api(HttpClient http, String baseUrl, String key) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.key = key;
  }

  public static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  public HttpClient http() {
    return http;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Api withBaseUrl(String otherBaseUrl) {
    return new Api(http, otherBaseUrl, key);
  }

  public Api withKey(String otherKey) {
    return new Api(http, baseUrl, otherKey);
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Bearer " + key)
        .timeout(TIMEOUT);
  }

  public HttpRequest ledgerEvent(String json) {
    return request("/api/v1/ledger-events")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  /** Posts an NDJSON batch and fails unless every line was accepted. */
  public JsonNode postBatch(String ndjson, int lines) {
    JsonNode answer =
        send(
            request("/api/v1/ledger-events")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                .build(),
            200);
    if (answer.get("accepted").asInt() != lines) {
      throw new IllegalStateException(
          "expected " + lines + " accepted lines: " + answer.toString().substring(0, 500));
    }
    return answer;
  }

  public JsonNode get(String path) {
    return send(request(path).GET().build(), 200);
  }

  public JsonNode post(String path, String json, int expectedStatus) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        expectedStatus);
  }

  public JsonNode put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        200);
  }

  /** An API key with these scopes and a rate limit far above what the benchmark sends. */
  public String createKey(String name, String... scopes) {
    String scopeList = String.join("\",\"", scopes);
    JsonNode created =
        post(
            "/api/v1/api-keys",
            "{\"name\":\"%s\",\"scopes\":[\"%s\"],\"rateLimit\":{\"requestsPerSecond\":100000,\"burst\":100000}}"
                .formatted(name, scopeList),
            201);
    return created.get("key").asString();
  }

  /** Registers a webhook endpoint for one sales rep's accounts. */
  public String createWebhookEndpoint(String url, String salesRepId) {
    return post(
            "/api/v1/webhook-endpoints",
            "{\"url\":\"%s\",\"description\":\"bench\",\"filter\":{\"salesRepIds\":[\"%s\"]}}"
                .formatted(url, salesRepId),
            201)
        .get("id")
        .asString();
  }

  public static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  private JsonNode send(HttpRequest request, int expectedStatus) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expectedStatus) {
        throw new IllegalStateException(
            request.method()
                + " "
                + request.uri().getPath()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
