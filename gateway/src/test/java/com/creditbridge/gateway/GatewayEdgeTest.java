package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.gateway.RecordingBackend.Reply;
import com.creditbridge.infrastructure.MovableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/** Rate limits, size limits, request ids, headers, CORS, key lifecycle and the public docs. */
class GatewayEdgeTest extends GatewayIntegrationTest {

  private static final int MIB = 1024 * 1024;

  /** A request id the gateway makes: a random UUID, lower-case. */
  private static final String GENERATED_ID =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  @Autowired DatabaseClient db;
  @Autowired MovableClock clock;

  @Test
  void limitsAKeyToItsOwnRateWithRetryAfter() {
    String key =
        createKey("limited", List.of("ledger:read"), Map.of("requestsPerSecond", 1, "burst", 3))
            .path("key")
            .asString();

    for (int i = 0; i < 3; i++) {
      assertThat(send("/api/v1/accounts/acc-1", key).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> limited = send("/api/v1/accounts/acc-1", key);

    assertProblem(limited, 429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(account.received()).hasSize(3);
    // other keys are not affected
    assertThat(send("/api/v1/accounts/acc-1", GatewayClient.ADMIN_KEY).statusCode()).isEqualTo(200);
  }

  @Test
  void limitsThePublicAcknowledgementLinkPerClientAddress() throws Exception {
    InetAddress otherClient = InetAddress.getByName("127.0.0.2");
    GatewayClient.RawResponse response = null;
    for (int i = 0; i < 100; i++) {
      response = client.sendRawFrom(otherClient, "GET", "/api/v1/escalations/acknowledge?token=t");
      if (response.status() == 429) {
        break;
      }
    }
    assertThat(response.status()).isEqualTo(429);
    assertThat(response.head()).containsIgnoringCase("retry-after: ");
    // another address keeps its own allowance
    assertThat(client.send(client.request("/api/v1/escalations/acknowledge?token=t")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void refusesAJsonBodyOverOneMebibyteByItsContentLength() {
    HttpResponse<String> response =
        client.send(
            client
                .authorized("/api/v1/ledger-events")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(new byte[MIB + 1])));

    assertProblem(response, 413);
    assertNoBackendReached();
  }

  @Test
  void refusesAChunkedJsonBodyOverOneMebibyteWhileStreaming() {
    HttpResponse<String> response =
        client.send(
            client
                .authorized("/api/v1/ledger-events")
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[2 * MIB]))));

    assertProblem(response, 413);
    assertThat(account.received()).isEmpty();
  }

  @Test
  void acceptsAnNdjsonBatchOverOneMebibyteButRefusesOneOverTwentyByItsLength() throws IOException {
    byte[] batch = "{\"eventId\":\"e\"}\n".repeat(3 * MIB / 16).getBytes();
    HttpResponse<String> accepted =
        client.send(
            client
                .authorized("/api/v1/ledger-events")
                .header("Content-Type", "application/x-ndjson")
                .POST(BodyPublishers.ofByteArray(batch)));
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(account.received().get(0).body()).hasSize(batch.length);

    account.reset();
    // Only the head of the request is sent: the gateway must refuse by Content-Length alone. (A
    // client uploading the 20 MiB could still be sending when the gateway answers and closes the
    // connection, and lose the answer to the reset: "header parser received no bytes".)
    String refused =
        answerToHeadOnly("/api/v1/ledger-events", "application/x-ndjson", 20 * MIB + 1);
    assertThat(refused)
        .startsWith("HTTP/1.1 413")
        .containsIgnoringCase("content-type: application/problem+json")
        .contains("\"status\":413");
    assertNoBackendReached();
  }

  /** The whole answer to a request whose head declares a body that is never sent. */
  private String answerToHeadOnly(String path, String contentType, long contentLength)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000); // the gateway closes after answering; this only bounds a bug
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
              + GatewayClient.ADMIN_KEY
              + "\r\nContent-Type: "
              + contentType
              + "\r\nContent-Length: "
              + contentLength
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void generatesARequestIdAndPassesItToTheServiceAndBack() {
    HttpResponse<String> response = send("/api/v1/accounts/acc-1", GatewayClient.ADMIN_KEY);

    String id = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(id).matches(GENERATED_ID);
    assertThat(account.received().get(0).header("X-Request-Id")).isEqualTo(id);
  }

  @Test
  void keepsAValidRequestIdEndToEnd() {
    HttpResponse<String> response =
        client.send(
            client.authorized("/api/v1/accounts/acc-1").header("X-Request-Id", "erp:42.a-b_c"));

    assertThat(response.headers().allValues("X-Request-Id")).containsExactly("erp:42.a-b_c");
    assertThat(account.received().get(0).header("X-Request-Id")).isEqualTo("erp:42.a-b_c");
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "<script>", "quote\"d", "ü", "x,y"})
  void replacesAnUnusableRequestId(String id) {
    HttpResponse<String> response =
        client.send(client.authorized("/api/v1/accounts/acc-1").header("X-Request-Id", id));

    String used = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(used).isNotEqualTo(id);
    assertThat(used).matches(GENERATED_ID);
    assertThat(account.received().get(0).header("X-Request-Id")).isEqualTo(used);
  }

  @Test
  void replacesAnOverlongRequestId() {
    HttpResponse<String> response =
        client.send(
            client.authorized("/api/v1/accounts/acc-1").header("X-Request-Id", "a".repeat(129)));

    assertThat(response.headers().firstValue("X-Request-Id").orElseThrow()).hasSize(36);
  }

  @Test
  void putsARequestIdAndSecurityHeadersOnItsOwnProblemsToo() {
    HttpResponse<String> response = client.send(client.request("/api/v1/accounts/acc-1"));

    assertProblem(response, 401);
    assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    assertSecurityHeaders(response);
  }

  @Test
  void addsSecurityHeadersToARelayedAnswer() {
    account.replyWith(
        new Reply(200, "application/json", "{}", Map.of("Cache-Control", "max-age=60")));

    HttpResponse<String> response = send("/api/v1/accounts/acc-1", GatewayClient.ADMIN_KEY);

    assertSecurityHeaders(response);
    assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty(); // plain http
  }

  @Test
  void answersAPreflightFromAConfiguredOriginOnly() {
    HttpResponse<String> allowed = preflight("https://crm.example.com");
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://crm.example.com");

    HttpResponse<String> refused = preflight("https://evil.example.org");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertNoBackendReached();
  }

  @Test
  void showsANewKeyOnceAndListsItWithoutItAndWithItsLastUse() {
    JsonNode created = createKey("ERP prod", List.of("ledger:write", "ledger:read"), null);
    String key = created.path("key").asString();
    assertThat(key).startsWith("cbk_").hasSize(4 + 43);
    assertThat(created.path("prefix").asString()).isEqualTo(key.substring(0, 12));

    assertThat(send("/api/v1/accounts/acc-1", key).statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode listed = listedKey(created.path("id").asString());
              assertThat(listed.path("lastUsedAt").isNull()).isFalse();
              assertThat(listed.has("key")).isFalse();
              assertThat(listed.path("scopes").toString()).contains("ledger:write");
            });
    String stored =
        db.sql("select encode(key_digest, 'hex') from api_key where id = :id")
            .bind("id", created.path("id").asString())
            .map(row -> row.get(0, String.class))
            .one()
            .block();
    assertThat(stored).hasSize(64).doesNotContain(key);
  }

  @Test
  void pagesTheKeyListWithACursor() {
    for (int i = 0; i < 3; i++) {
      createKey("paged " + i, List.of("credit:read"), null);
    }
    JsonNode first =
        GatewayClient.json(client.send(client.authorized("/api/v1/api-keys?limit=2")).body());
    assertThat(first.path("items")).hasSize(2);
    String cursor = first.path("nextCursor").asString();
    JsonNode second =
        GatewayClient.json(
            client.send(client.authorized("/api/v1/api-keys?limit=2&cursor=" + cursor)).body());
    assertThat(second.path("items").get(0).path("id").asString())
        .isNotEqualTo(first.path("items").get(1).path("id").asString());

    assertProblem(client.send(client.authorized("/api/v1/api-keys?limit=501")), 400);
    assertProblem(client.send(client.authorized("/api/v1/api-keys?cursor=%21%21")), 400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":\"\",\"scopes\":[\"admin\"]}",
        "{\"name\":\"x\",\"scopes\":[]}",
        "{\"name\":\"x\",\"scopes\":[\"root\"]}",
        "{\"name\":\"x\",\"scopes\":[\"admin\"],\"rateLimit\":{\"requestsPerSecond\":0,\"burst\":1}}",
        "{\"scopes\":[\"admin\"]}"
      })
  void refusesAnInvalidKeyRequestNamingTheField(String body) {
    HttpResponse<String> response = postKey(body);

    assertProblem(response, 400);
    assertThat(GatewayClient.json(response.body()).path("errors")).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":",
        "[]",
        "{\"name\":\"x\",\"scopes\":\"admin\"}",
        "{\"name\":\"x\",\"scopes\":[\"admin\"],\"rateLimit\":{\"burst\":\"many\"}}"
      })
  void refusesAMalformedKeyRequest(String body) {
    assertProblem(postKey(body), 400);
  }

  @Test
  void revokesAKeyAtOnceThroughThisGateway() {
    JsonNode created = createKey("short-lived", List.of("ledger:read"), null);
    String key = created.path("key").asString();
    assertThat(send("/api/v1/accounts/acc-1", key).statusCode()).isEqualTo(200);

    revoke(created.path("id").asString());

    assertProblem(send("/api/v1/accounts/acc-1", key), 401);
    assertProblem(client.send(client.authorized("/api/v1/api-keys/key_unknown").DELETE()), 404);
  }

  @Test
  void honoursARevocationMadeElsewhereWithinFiveSeconds() {
    JsonNode created = createKey("revoked by another replica", List.of("ledger:read"), null);
    String key = created.path("key").asString();
    assertThat(send("/api/v1/accounts/acc-1", key).statusCode()).isEqualTo(200); // now cached

    db.sql("update api_key set revoked_at = now() where id = :id")
        .bind("id", created.path("id").asString())
        .fetch()
        .rowsUpdated()
        .block();

    // the lookup cache (cache-ttl 5s) runs on the gateway's clock: move it instead of waiting
    clock.advance(Duration.ofSeconds(5).plusMillis(1));

    assertProblem(send("/api/v1/accounts/acc-1", key), 401);
  }

  @Test
  void servesTheMergedOpenApiDocumentOfAllServicesAndItsOwnPaths() {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> {
              HttpResponse<String> response = client.send(client.request("/api/v1/openapi.json"));
              assertThat(response.statusCode()).isEqualTo(200);
              JsonNode document = GatewayClient.json(response.body());
              assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
              assertThat(document.path("paths").propertyNames())
                  .contains(
                      "/api/v1/api-keys",
                      "/api/v1/ledger-events",
                      "/api/v1/policy",
                      "/api/v1/templates");
              assertThat(document.has("x-creditbridge-unavailable")).isFalse();
            });
  }

  @Test
  void servesTheSwaggerUiPageAndItsFilesWithoutAKey() {
    HttpResponse<String> page = client.send(client.request("/api/v1/docs"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui-bundle.js").contains("/api/v1/docs/init.js");
    assertThat(client.send(client.request("/api/v1/docs/swagger-ui-bundle.js")).statusCode())
        .isEqualTo(200);
    assertThat(client.send(client.request("/api/v1/docs/init.js")).body())
        .contains("/api/v1/openapi.json");
    assertThat(client.send(client.request("/api/v1/docs/pom.xml")).statusCode()).isEqualTo(404);
  }

  @Test
  void refusesAnOverlongPathBeforeRouting() {
    GatewayClient.RawResponse response =
        client.sendRaw("GET", "/api/v1/accounts/" + "a".repeat(20_000));

    assertThat(response.status()).isEqualTo(414);
    assertThat(response.head()).containsIgnoringCase("content-type: application/problem+json");
    assertNoBackendReached();
  }

  @Test
  void refusesOverlongHeadersBeforeRouting() {
    HttpResponse<String> response =
        client.send(
            client.authorized("/api/v1/accounts/acc-1").header("X-Padding", "p".repeat(40_000)));

    assertThat(response.statusCode()).isEqualTo(431);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertNoBackendReached();
    // the connection the refused request came on is closed, so the next request works
    assertThat(client.send(client.authorized("/api/v1/api-keys?limit=1")).statusCode())
        .isEqualTo(200);
  }

  private HttpResponse<String> send(String path, String key) {
    return client.send(client.request(path).header("Authorization", "Bearer " + key));
  }

  private HttpResponse<String> postKey(String body) {
    return client.send(
        client
            .authorized("/api/v1/api-keys")
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body)));
  }

  private JsonNode listedKey(String id) {
    String cursor = null;
    do {
      String query = "/api/v1/api-keys?limit=500" + (cursor == null ? "" : "&cursor=" + cursor);
      JsonNode page = GatewayClient.json(client.send(client.authorized(query)).body());
      for (JsonNode item : page.path("items")) {
        if (item.path("id").asString().equals(id)) {
          return item;
        }
      }
      cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString();
    } while (cursor != null);
    throw new AssertionError("key " + id + " not listed");
  }

  private HttpResponse<String> preflight(String origin) {
    return client.send(
        client
            .request("/api/v1/accounts/acc-1")
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "GET")
            .method("OPTIONS", BodyPublishers.noBody()));
  }

  private static void assertSecurityHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
  }
}
