package com.creditbridge.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.infrastructure.TestInfrastructure;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.notification.support.TestHostResolver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The guard as production runs it (no loopback, no http), in a context of its own on its own
 * database and without the Kafka listener, so its refusals touch no other test's deliveries.
 */
@SpringBootTest(
    properties = {
      "creditbridge.webhooks.allow-loopback=false",
      "creditbridge.webhooks.allow-http=false",
      "creditbridge.webhooks.poll-interval=50ms",
      "creditbridge.webhooks.retry-schedule=200ms",
      "spring.kafka.listener.auto-startup=false",
      "creditbridge.escalation.signing-key=" + NotificationIntegrationTest.SIGNING_KEY
    })
@AutoConfigureWebTestClient
@Import(TestHostResolver.Config.class)
class WebhookSsrfGuardTest {

  @Autowired WebTestClient http;
  @Autowired DatabaseClient db;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties("notification_ssrf_it")
        .forEach((key, value) -> registry.add(key, () -> value));
  }

  private WebTestClient.ResponseSpec register(String url) {
    return http.post()
        .uri("/api/v1/webhook-endpoints")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("url", url))
        .exchange();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://10.0.0.1/hooks",
        "https://172.16.0.1/hooks",
        "https://192.168.1.1/hooks",
        "https://169.254.169.254/latest/meta-data",
        "https://100.64.0.1/hooks",
        "https://127.0.0.1/hooks",
        "https://[::1]/hooks",
        "https://[fc00::1]/hooks",
        "https://private.crm.test/hooks",
        "https://metadata.crm.test/hooks",
        "https://mixed.crm.test/hooks",
        "http://crm.example.com/hooks"
      })
  void refusesToRegisterAUrlThatLeadsInside(String url) {
    TestHostResolver.map("private.crm.test", "10.20.30.40");
    TestHostResolver.map("metadata.crm.test", "169.254.169.254");
    TestHostResolver.map("mixed.crm.test", "93.184.216.34", "fd00::5");

    register(url)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("url");
  }

  @Test
  void acceptsAnHttpsUrlWhoseHostResolvesToPublicAddresses() {
    TestHostResolver.map("public.crm.test", "93.184.216.34", "2606:4700::1111");

    register("https://public.crm.test/hooks").expectStatus().isCreated();
  }

  @Test
  void checksTheAddressAgainAtDeliveryAndNeverConnectsInside() {
    // DNS rebinding: public when registered, internal when the webhook goes out
    TestHostResolver.map("rebind.crm.test", "93.184.216.34");
    String id =
        register("https://rebind.crm.test/hooks")
            .expectStatus()
            .isCreated()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody()
            .get("id")
            .asString();
    TestHostResolver.map("rebind.crm.test", "127.0.0.1");

    http.post()
        .uri("/api/v1/webhook-endpoints/{id}/test", id)
        .exchange()
        .expectStatus()
        .isAccepted();

    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                attempts(id).stream()
                    .anyMatch(error -> error != null && error.startsWith("Refused:")));
    assertThat(attempts(id))
        .allSatisfy(error -> assertThat(error).startsWith("Refused:").contains("127.0.0.1"));
  }

  private java.util.List<String> attempts(String endpointId) {
    return db.sql(
            """
            select a.error from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
             where d.endpoint_id = :id and a.status_code is null
            """)
        .bind("id", java.util.UUID.fromString(endpointId))
        .map(row -> row.get("error", String.class))
        .all()
        .collectList()
        .block();
  }
}
