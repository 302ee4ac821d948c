package com.creditbridge.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.notification.support.TestHostResolver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import tools.jackson.databind.JsonNode;

/**
 * The guard under the local runner's allowance (loopback and http, as the shared test context has
 * it): loopback receivers work, every other internal range and cloud metadata stays refused, on
 * registration, on PATCH and at delivery; a port out of range is a 400, not a 500.
 */
class WebhookUrlLocalAllowanceTest extends NotificationIntegrationTest {

  private ResponseSpec register(String url) {
    return http.post()
        .uri("/api/v1/webhook-endpoints")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("url", url))
        .exchange();
  }

  private ResponseSpec patch(String id, String url) {
    return http.patch()
        .uri("/api/v1/webhook-endpoints/{id}", id)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("url", url))
        .exchange();
  }

  private String registered(String url) {
    return register(url)
        .expectStatus()
        .isCreated()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .asString();
  }

  private static void assertRefusedUrl(ResponseSpec response) {
    response
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("url")
        .jsonPath("$.errors[0].message")
        .value(message -> assertThat((String) message).doesNotContain("Exception"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://10.0.0.1/hooks",
        "http://172.16.0.1/hooks",
        "http://192.168.1.1/hooks",
        "http://169.254.169.254/latest/meta-data",
        "http://0xa9fea9fe/latest/meta-data",
        "http://2852039166/latest/meta-data",
        "http://0251.0376.0251.0376/latest/meta-data",
        "http://10.1/hooks",
        "http://100.64.0.1/hooks",
        "http://0.0.0.0:8080/hooks",
        "http://255.255.255.255/hooks",
        "http://224.0.0.1/hooks",
        "http://[::]/hooks",
        "http://[fe80::1]/hooks",
        "http://[fc00::1]/hooks",
        "http://[::ffff:169.254.169.254]/hooks",
        "http://[fd00:ec2::254]/latest/meta-data",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://private.local.test/hooks",
        "http://127.0.0.1:0/hooks",
        "http://127.0.0.1:65536/hooks",
        "http://127.0.0.1:99999/hooks",
        "http://127.0.0.1:http/hooks"
      })
  void refusesToRegisterAnInternalAddressOrAnUnusablePort(String url) {
    TestHostResolver.map("private.local.test", "192.168.7.7");

    assertRefusedUrl(register(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://169.254.169.254/latest/meta-data",
        "http://0xa9fea9fe/",
        "http://[fd12::1]/hooks",
        "http://127.0.0.1:65536/hooks",
        "http://127.0.0.1:port/hooks"
      })
  void refusesToChangeAUrlToAnInternalAddressOrAnUnusablePort(String url) {
    String id = registered("http://127.0.0.1:9/before");

    assertRefusedUrl(patch(id, url));
    http.get()
        .uri("/api/v1/webhook-endpoints/{id}", id)
        .exchange()
        .expectBody()
        .jsonPath("$.url")
        .isEqualTo("http://127.0.0.1:9/before");
  }

  @Test
  void acceptsAPlainHttpReceiverOnLoopback() {
    register("http://127.0.0.1:8099/sink").expectStatus().isCreated();
    register("http://localhost:8099/sink").expectStatus().isCreated();
  }

  @Test
  void refusesAtDeliveryANameThatNowResolvesToAPrivateAddress() {
    TestHostResolver.map("rebind.local.test", "93.184.216.34");
    String id = registered("http://rebind.local.test/hooks");
    TestHostResolver.map("rebind.local.test", "10.9.8.7");

    http.post()
        .uri("/api/v1/webhook-endpoints/{id}/test", id)
        .exchange()
        .expectStatus()
        .isAccepted();

    await().atMost(Duration.ofSeconds(15)).until(() -> !errors(id).isEmpty());
    assertThat(errors(id)).allSatisfy(error -> assertThat(error).contains("10.9.8.7"));
  }

  private List<String> errors(String endpointId) {
    return db.sql(
            """
            select a.error from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
             where d.endpoint_id = :id
            """)
        .bind("id", UUID.fromString(endpointId))
        .map(row -> row.get("error", String.class))
        .all()
        .collectList()
        .block();
  }
}
