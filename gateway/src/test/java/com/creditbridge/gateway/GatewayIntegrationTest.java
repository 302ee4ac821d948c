package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.infrastructure.MovableClock;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The gateway on a random port, its real database, and three real HTTP servers standing in for the
 * services. Subclasses share one application context (and the three servers).
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "creditbridge.gateway.cors.allowed-origins=https://crm.example.com",
      "creditbridge.gateway.rate-limit.per-client.requests-per-second=1",
      "creditbridge.gateway.rate-limit.per-client.burst=20",
      // the route and scope matrix sends hundreds of bad keys from one address; the throttling of
      // failed authentications has a test (and a context) of its own
      "creditbridge.gateway.rate-limit.failed-authentication.requests-per-second=100000",
      "creditbridge.gateway.rate-limit.failed-authentication.burst=100000",
      "creditbridge.gateway.keys.last-used-flush-interval=200ms"
    })
@Import(GatewayIntegrationTest.Clocks.class)
abstract class GatewayIntegrationTest {

  /** Time is an input: sign-in links and sessions expire on this clock, which tests move. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Clocks {
    @Bean
    MovableClock clock() {
      return new MovableClock();
    }
  }

  static final RecordingBackend account = new RecordingBackend("account");
  static final RecordingBackend hold = new RecordingBackend("hold");
  static final RecordingBackend notification = new RecordingBackend("notification");

  static {
    account.alwaysReplyAt("/internal/openapi.yaml", openApi("/api/v1/ledger-events"));
    hold.alwaysReplyAt("/internal/openapi.yaml", openApi("/api/v1/policy"));
    notification.alwaysReplyAt("/internal/openapi.yaml", openApi("/api/v1/templates"));
  }

  private static RecordingBackend.Reply openApi(String path) {
    String yaml =
        "openapi: 3.1.0\ninfo: {title: t, version: v}\npaths:\n  "
            + path
            + ":\n    get:\n      responses: {\"200\": {description: ok}}\n";
    return new RecordingBackend.Reply(200, "application/yaml", yaml, Map.of());
  }

  @DynamicPropertySource
  static void backends(DynamicPropertyRegistry registry) {
    GatewayTestSetup.common(registry);
    registry.add("creditbridge.gateway.routes.account", account::url);
    registry.add("creditbridge.gateway.routes.hold", hold::url);
    registry.add("creditbridge.gateway.routes.notification", notification::url);
    // The test JVM stays alive, so the watch is wired but never fires.
    registry.add("creditbridge.parent-pid", () -> ProcessHandle.current().pid());
  }

  @LocalServerPort int port;

  @Autowired ApplicationContext context;

  GatewayClient client;

  @BeforeEach
  void connectAndReset() {
    client = new GatewayClient(port);
    Stream.of(account, hold, notification).forEach(RecordingBackend::reset);
  }

  /** Creates a key through the API with the admin key; returns {id, key}. */
  JsonNode createKey(String name, List<String> scopes, Map<String, Integer> rateLimit) {
    StringBuilder body = new StringBuilder("{\"name\":\"" + name + "\",\"scopes\":[");
    body.append(String.join(",", scopes.stream().map(s -> "\"" + s + "\"").toList()));
    body.append("]");
    if (rateLimit != null) {
      body.append(
          ",\"rateLimit\":{\"requestsPerSecond\":"
              + rateLimit.get("requestsPerSecond")
              + ",\"burst\":"
              + rateLimit.get("burst")
              + "}");
    }
    body.append("}");
    HttpResponse<String> created =
        client.send(
            client
                .authorized("/api/v1/api-keys")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body.toString())));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return GatewayClient.json(created.body());
  }

  void revoke(String id) {
    HttpResponse<String> revoked =
        client.send(client.authorized("/api/v1/api-keys/" + id).DELETE());
    assertThat(revoked.statusCode()).isEqualTo(204);
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = GatewayClient.json(response.body());
    assertThat(problem.path("type").asString()).startsWith("urn:creditbridge:problem:");
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asString()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  static void assertNoBackendReached() {
    Stream.of(account, hold, notification)
        .forEach(backend -> assertThat(backend.received()).isEmpty());
  }

  static RecordingBackend backend(String service) {
    return switch (service) {
      case "account" -> account;
      case "hold" -> hold;
      default -> notification;
    };
  }
}
