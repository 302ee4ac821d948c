package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.gateway.RecordingBackend.Received;
import com.creditbridge.gateway.RecordingBackend.Reply;
import com.creditbridge.platform.access.PersonHeaders;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class GatewayRoutingTest extends GatewayIntegrationTest {

  static Stream<Arguments> publicPaths() {
    return Stream.of(
        Arguments.of("GET", "/api/v1/accounts/acc-1/credit-status", "hold"),
        Arguments.of("POST", "/api/v1/accounts/acc-1/holds", "hold"),
        Arguments.of("DELETE", "/api/v1/accounts/acc-1/holds", "hold"),
        Arguments.of("POST", "/api/v1/accounts/acc-1/overrides", "hold"),
        Arguments.of("DELETE", "/api/v1/accounts/acc-1/overrides", "hold"),
        Arguments.of("POST", "/api/v1/accounts/acc-1/promises", "hold"),
        Arguments.of("POST", "/api/v1/accounts/acc-1/notes", "hold"),
        Arguments.of("GET", "/api/v1/accounts/acc-1/timeline?limit=20&cursor=abc", "hold"),
        Arguments.of(
            "GET", "/api/v1/credit-status?status=APPROACHING,ON_HOLD&salesRepId=r1", "hold"),
        Arguments.of("GET", "/api/v1/policy", "hold"),
        Arguments.of("PUT", "/api/v1/policy", "hold"),
        Arguments.of("POST", "/api/v1/policy/simulate", "hold"),
        Arguments.of("POST", "/api/v1/credit-checks", "hold"),
        Arguments.of("GET", "/api/v1/credit-checks?accountId=acc-1&limit=5", "hold"),
        Arguments.of("GET", "/api/v1/credit-groups/acme-holding", "hold"),
        Arguments.of("POST", "/api/v1/webhook-endpoints", "notification"),
        Arguments.of("GET", "/api/v1/webhook-endpoints?limit=10", "notification"),
        Arguments.of("PATCH", "/api/v1/webhook-endpoints/wh_1", "notification"),
        Arguments.of("DELETE", "/api/v1/webhook-endpoints/wh_1", "notification"),
        Arguments.of("POST", "/api/v1/webhook-endpoints/wh_1/rotate-secret", "notification"),
        Arguments.of("POST", "/api/v1/webhook-endpoints/wh_1/test", "notification"),
        Arguments.of("POST", "/api/v1/webhook-endpoints/wh_1/replay", "notification"),
        Arguments.of("GET", "/api/v1/webhook-endpoints/wh_1/deliveries", "notification"),
        Arguments.of("GET", "/api/v1/templates", "notification"),
        Arguments.of("GET", "/api/v1/templates/credit.hold.placed", "notification"),
        Arguments.of("GET", "/api/v1/escalations/acknowledge?token=t.k-1", "notification"),
        Arguments.of("POST", "/api/v1/escalations/acknowledge?token=t.k-1", "notification"),
        Arguments.of("PUT", "/api/v1/templates/credit.hold.placed", "notification"),
        Arguments.of("POST", "/api/v1/templates/credit.hold.placed/preview", "notification"),
        Arguments.of("GET", "/api/v1/notifications?accountId=acc-1", "notification"),
        Arguments.of("POST", "/api/v1/ledger-events", "account"),
        Arguments.of("GET", "/api/v1/accounts?salesRepId=rep%3A9", "account"),
        Arguments.of("GET", "/api/v1/accounts/acc-1", "account"),
        Arguments.of("GET", "/api/v1/accounts/ACME.de:42/invoices?status=open", "account"),
        Arguments.of("GET", "/api/v1/accounts/acc-1/orders?status=open", "account"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("publicPaths")
  void routesEachPublicPathToTheServiceThatOwnsIt(String method, String target, String service) {
    HttpResponse<String> response =
        client.send(client.authorized(target).method(method, BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"service\":\"" + service + "\"}");
    RecordingBackend owner = backend(service);
    assertThat(owner.received()).hasSize(1);
    Received received = owner.received().get(0);
    assertThat(received.method()).isEqualTo(method);
    int query = target.indexOf('?');
    assertThat(received.rawPath()).isEqualTo(query < 0 ? target : target.substring(0, query));
    assertThat(received.rawQuery()).isEqualTo(query < 0 ? null : target.substring(query + 1));
    Stream.of(account, hold, notification)
        .filter(other -> other != owner)
        .forEach(other -> assertThat(other.received()).isEmpty());
  }

  @Test
  void forwardsBodyAndHeadersUnchangedButNotTheApiKey() {
    String ndjson =
        "{\"eventId\":\"e-1\",\"type\":\"invoice.voided\",\"accountId\":\"a\",\"invoiceId\":\"i\"}\n"
            + "{\"eventId\":\"e-2\",\"type\":\"payment.reversed\",\"accountId\":\"a\",\"paymentId\":\"p\"}\n";

    HttpResponse<String> response =
        client.send(
            client
                .authorized("/api/v1/ledger-events?source=erp")
                .header("Content-Type", "application/x-ndjson")
                .header("Accept", "application/json")
                .header("X-Client-Ref", "batch-2024-11-22")
                .header("Idempotency-Key", "k-1")
                .POST(BodyPublishers.ofString(ndjson)));

    assertThat(response.statusCode()).isEqualTo(200);
    Received received = account.received().get(0);
    assertThat(received.bodyText()).isEqualTo(ndjson);
    assertThat(received.header("Content-Type")).isEqualTo("application/x-ndjson");
    assertThat(received.header("Accept")).isEqualTo("application/json");
    assertThat(received.header("X-Client-Ref")).isEqualTo("batch-2024-11-22");
    assertThat(received.header("Idempotency-Key")).isEqualTo("k-1");
    assertThat(received.rawQuery()).isEqualTo("source=erp");
    assertThat(received.header("Authorization")).isNull();
  }

  @Test
  void addsTheInternalCredentialAndDropsAClientsForgedCopy() {
    HttpResponse<String> response =
        client.send(
            client
                .authorized("/api/v1/accounts/acc-1")
                .header("X-CreditBridge-Internal", "forged-by-the-client"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(account.received().get(0).headers().get("X-CreditBridge-Internal"))
        .containsExactly(GatewayTestSetup.INTERNAL_CREDENTIAL);
  }

  @Test
  void tellsTheServiceWhichScopesTheKeyHoldsAndDropsAClientsClaim() {
    String crmKey =
        createKey("CRM", List.of("sales:write", "credit:read"), null).path("key").asString();

    HttpResponse<String> response =
        client.send(
            client
                .request("/api/v1/review-requests/r-1/decisions")
                .header("Authorization", "Bearer " + crmKey)
                .header(PersonHeaders.KEY_SCOPES, "admin")
                .POST(BodyPublishers.ofString("{}")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(hold.received().get(0).headers().get(PersonHeaders.KEY_SCOPES))
        .containsExactly("credit:read,sales:write");
  }

  @Test
  void forwardsNoKeyScopesOnARouteThatNeedsNoKey() {
    HttpResponse<String> response =
        client.send(
            client
                .request("/api/v1/escalations/acknowledge?token=t")
                .header(PersonHeaders.KEY_SCOPES, "admin"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(notification.received().get(0).header(PersonHeaders.KEY_SCOPES)).isNull();
  }

  @Test
  void relaysABackendProblemUnchanged() {
    String problem =
        "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,"
            + "\"detail\":\"Account acc-9 is unknown\",\"errors\":[{\"field\":\"accountId\","
            + "\"message\":\"unknown\"}]}";
    account.replyWith(
        new Reply(422, "application/problem+json", problem, Map.of("X-Trace", "t-1")));

    HttpResponse<String> response =
        client.send(
            client
                .authorized("/api/v1/ledger-events")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"eventId\":\"e\"}")));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("X-Trace")).hasValue("t-1");
    assertThat(response.body()).isEqualTo(problem);
  }

  @Test
  void acceptsTheBearerSchemeInAnyCase() {
    HttpResponse<String> response =
        client.send(
            client
                .request("/api/v1/accounts/acc-1")
                .header("Authorization", "bearer " + GatewayClient.ADMIN_KEY));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void rejectsARequestWithoutApiKeyAsProblem() {
    HttpResponse<String> response = client.send(client.request("/api/v1/accounts/acc-1"));

    assertUnauthorized(response);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer wrong-key",
        "Bearer " + GatewayClient.ADMIN_KEY + "x",
        "Bearer",
        "Bearer " + GatewayClient.ADMIN_KEY + " extra",
        "Basic dGVzdDp0ZXN0",
        GatewayClient.ADMIN_KEY,
        "Bearer test admin"
      })
  void rejectsAnUnknownOrMalformedApiKeyAsProblem(String authorization) {
    HttpResponse<String> response =
        client.send(
            client.request("/api/v1/accounts/acc-1").header("Authorization", authorization));

    assertUnauthorized(response);
  }

  @Test
  void asksForAKeyBeforeSayingWhetherAPathExists() {
    assertUnauthorized(client.send(client.request("/api/v1/no-such-thing")));
  }

  private void assertUnauthorized(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertProblem(response, 401, "Unauthorized");
    assertNoBackendReached();
  }

  @Test
  void answersAnUnlistedMethodOnAKnownPathWithMethodNotAllowed() {
    HttpResponse<String> response =
        client.send(client.authorized("/api/v1/accounts/acc-1/holds").GET());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow").orElseThrow()).contains("POST", "DELETE");
    assertNoBackendReached();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/no-such-thing",
        "/api/v1/accounts/acc-1/unknown",
        "/api/v1/accounts/",
        "/api/v1/accounts/acc-1/overrides/ovr-7",
        "/api/v1//accounts",
        "//api/v1/accounts",
        "/api/v1/accounts/acc-1/",
        "/api/v1",
        "/api/v2/accounts",
        "/",
        "/actuator/env",
        "/actuator/gateway/routes"
      })
  void answersAnUnknownPathWithNotFoundProblem(String path) {
    HttpResponse<String> response = client.send(client.authorized(path));

    assertThat(response.statusCode()).isEqualTo(404);
    assertProblem(response, 404, "Not Found");
    assertNoBackendReached();
  }

  @Test
  void reportsItsOwnHealthWithoutAKey() {
    HttpResponse<String> response = client.send(client.request("/actuator/health"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(GatewayClient.json(response.body()).path("status").asString()).isEqualTo("UP");
    assertNoBackendReached();
  }

  @Test
  void exposesPrometheusMetricsForScraping() {
    HttpResponse<String> response = client.send(client.request("/actuator/prometheus"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("jvm_");
  }

  @Test
  void watchesTheParentProcessWhenItsPidIsGiven() {
    assertThat(context.containsBean("parentProcessWatch")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/../actuator/health",
        "/api/v1/%2e%2e/actuator",
        "/api/v1/%2E%2E/%2E%2E/actuator/health",
        "/api/v1/accounts/acc-1/overrides/../../../../actuator/health",
        "/api/v1/accounts/acc-1/notes/%2e%2e/%2e%2e/%2e%2e/%2e%2e/actuator/health",
        "/api/v1/accounts/acc-1/promises/..%2f..%2f..%2f..%2factuator%2fhealth",
        "/api/v1/policy/..;/..;/actuator/health",
        "/api/v1/policy/%252e%252e/%252e%252e/actuator/health",
        "/api/v1/webhook-endpoints/.%2e/.%2e/actuator/health",
        "/api/v1/templates/..%5c..%5c..%5cactuator%5chealth",
        "/api;v=1/v1/accounts/acc-1"
      })
  void neverLetsAPathEscapeItsRouteTowardsABackendsActuator(String rawTarget) {
    GatewayClient.RawResponse response = client.sendRaw("GET", rawTarget);

    assertThat(response.status()).isBetween(400, 404);
    assertThat(response.head()).containsIgnoringCase("content-type: application/problem+json");
    assertNoBackendReached();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String title) {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = GatewayClient.json(response.body());
    assertThat(problem.path("type").asString()).startsWith("urn:creditbridge:problem:");
    assertThat(problem.path("title").asString()).isEqualTo(title);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asString()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
