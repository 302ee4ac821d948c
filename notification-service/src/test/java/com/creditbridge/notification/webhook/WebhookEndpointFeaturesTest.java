package com.creditbridge.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.notification.support.StandardWebhooksVerifier;
import com.creditbridge.notification.support.TestHostResolver;
import com.creditbridge.notification.support.WebhookSink;
import com.creditbridge.notification.support.WebhookSink.Received;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Rotation, ping, replay, filters, the delivery log, the guard's own resolution and metrics. */
class WebhookEndpointFeaturesTest extends NotificationIntegrationTest {

  private static final Duration WITHIN_SECONDS = Duration.ofSeconds(15);
  private static final Duration DISABLE_AFTER_FAILING =
      NotificationIntegrationTest.DISABLE_AFTER_FAILING;
  private static final String ENDPOINTS = "/api/v1/webhook-endpoints";
  private static WebhookSink sink;

  @Autowired MeterRegistry meters;

  @BeforeAll
  static void startSink() throws Exception {
    sink = new WebhookSink();
  }

  @AfterAll
  static void stopSink() {
    sink.close();
  }

  private static Party newSalesRep() {
    String id = "rep-" + UUID.randomUUID();
    return new Party(id, "Rita Rep", id + "@example.com");
  }

  private JsonNode register(Map<String, Object> body) {
    return http.post()
        .uri(ENDPOINTS)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  private JsonNode post(String path, Object... variables) {
    return http.post()
        .uri(path, variables)
        .exchange()
        .expectStatus()
        .is2xxSuccessful()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  private JsonNode get(String path, Object... variables) {
    return http.get()
        .uri(path, variables)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void aRotatedSecretAndThePreviousOneBothVerifyDuringTheOverlap() {
    JsonNode endpoint = register(Map.of("url", sink.url("/features/rotate")));
    String id = endpoint.get("id").asString();
    String oldSecret = endpoint.get("secret").asString();
    String newSecret = post(ENDPOINTS + "/{id}/rotate-secret", id).get("secret").asString();

    post(ENDPOINTS + "/{id}/test", id);

    await().atMost(WITHIN_SECONDS).until(() -> !sink.received("/features/rotate").isEmpty());
    Received ping = sink.received("/features/rotate").get(0);
    assertThat(ping.header("webhook-signature").split(" ")).hasSize(2);
    assertThat(StandardWebhooksVerifier.verifies(newSecret, ping, clock.instant())).isTrue();
    assertThat(StandardWebhooksVerifier.verifies(oldSecret, ping, clock.instant())).isTrue();
    assertThat(StandardWebhooksVerifier.verifies("whsec_" + "A".repeat(44), ping, clock.instant()))
        .isFalse();
  }

  @Test
  void aPingIsASignedCreditbridgePingCloudEvent() {
    JsonNode endpoint =
        register(
            Map.of(
                "url", sink.url("/features/ping"), "eventTypes", List.of("credit.hold.released")));
    String id = endpoint.get("id").asString();

    JsonNode sent = post(ENDPOINTS + "/{id}/test", id);

    await().atMost(WITHIN_SECONDS).until(() -> !sink.received("/features/ping").isEmpty());
    Received ping = sink.received("/features/ping").get(0);
    assertThat(ping.header("webhook-id")).isEqualTo(sent.get("eventId").asString());
    assertThat(new String(ping.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"type\":\"creditbridge.ping\"")
        .contains(id);
    assertThat(
            StandardWebhooksVerifier.verifies(
                endpoint.get("secret").asString(), ping, clock.instant()))
        .isTrue();
  }

  @Test
  void replayResendsPastEventsWithTheSameWebhookId() {
    Party rep = newSalesRep();
    String id =
        register(
                Map.of(
                    "url",
                    sink.url("/features/replay"),
                    "filter",
                    Map.of("salesRepIds", List.of(rep.id()))))
            .get("id")
            .asString();
    CloudEvent<HoldEventData> event = HoldEvents.placed(rep, null);
    HoldEvents.publish(event);
    await().atMost(WITHIN_SECONDS).until(() -> sink.received("/features/replay").size() == 1);

    JsonNode replayed =
        http.post()
            .uri(ENDPOINTS + "/{id}/replay", id)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("since", event.time().minusSeconds(1).toString()))
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();

    assertThat(replayed.get("replayed").asLong()).isEqualTo(1); // the others are not this rep's
    await().atMost(WITHIN_SECONDS).until(() -> sink.received("/features/replay").size() == 2);
    assertThat(sink.received("/features/replay"))
        .extracting(r -> r.header("webhook-id"))
        .containsExactly(event.id(), event.id());
  }

  @Test
  void segmentAndSalesRepFiltersDecideWhoHearsOfAnEvent() {
    Party rep = newSalesRep();
    String enterprise =
        register(
                Map.of(
                    "url",
                    sink.url("/features/enterprise"),
                    "filter",
                    Map.of("salesRepIds", List.of(rep.id()), "segments", List.of("enterprise"))))
            .get("id")
            .asString();
    String smb =
        register(
                Map.of(
                    "url", sink.url("/features/smb"), "filter", Map.of("segments", List.of("smb"))))
            .get("id")
            .asString();
    CloudEvent<HoldEventData> event = HoldEvents.placed(rep, null); // segment "enterprise"

    HoldEvents.publish(event);

    await().atMost(WITHIN_SECONDS).until(() -> !sink.received("/features/enterprise").isEmpty());
    // the deliveries of one event are created together: smb was decided in the same transaction
    assertThat(
            count(
                "select count(*) from webhook_delivery where endpoint_id = :id",
                Map.of("id", UUID.fromString(smb))))
        .isZero();
    assertThat(
            count(
                "select count(*) from webhook_delivery where endpoint_id = :id",
                Map.of("id", UUID.fromString(enterprise))))
        .isEqualTo(1);
  }

  @Test
  void theDeliveryLogShowsEveryAttempt() {
    String id = register(Map.of("url", sink.url("/features/log"))).get("id").asString();
    sink.answer("/features/log", 503, 200);

    String eventId = post(ENDPOINTS + "/{id}/test", id).get("eventId").asString();

    await()
        .atMost(WITHIN_SECONDS)
        .until(
            () ->
                get(ENDPOINTS + "/{id}/deliveries", id)
                    .get("items")
                    .get(0)
                    .get("status")
                    .asString()
                    .equals("delivered"));
    JsonNode log = get(ENDPOINTS + "/{id}/deliveries?limit=1", id);
    JsonNode delivery = log.get("items").get(0);
    assertThat(log.get("nextCursor").isNull()).isTrue();
    assertThat(delivery.get("eventId").asString()).isEqualTo(eventId);
    assertThat(delivery.get("eventType").asString()).isEqualTo("creditbridge.ping");
    JsonNode attempts = delivery.get("attempts");
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(0).get("statusCode").asInt()).isEqualTo(503);
    assertThat(attempts.get(0).get("error").asString()).isEqualTo("HTTP 503");
    assertThat(attempts.get(0).get("nextRetryAt").isNull()).isFalse();
    assertThat(attempts.get(0).get("latencyMs").asLong()).isNotNegative();
    Instant firstAt = Instant.parse(attempts.get(0).get("attemptedAt").asString());
    assertThat(Instant.parse(attempts.get(0).get("nextRetryAt").asString())).isAfter(firstAt);
    assertThat(Instant.parse(attempts.get(1).get("attemptedAt").asString())).isAfter(firstAt);
    assertThat(attempts.get(1).get("statusCode").asInt()).isEqualTo(200);
    assertThat(attempts.get(1).get("error").isNull()).isTrue();
    assertThat(attempts.get(1).get("nextRetryAt").isNull()).isTrue();
  }

  @Test
  void connectsToTheAddressItResolvedAndKeepsTheHostName() {
    String port = String.valueOf(URI.create(sink.url("/")).getPort());
    // no DNS knows this name: only the guard's own resolution can lead the request to the sink
    TestHostResolver.map("crm.sink.test", "127.0.0.1");
    String id =
        register(Map.of("url", "http://crm.sink.test:" + port + "/features/named"))
            .get("id")
            .asString();

    post(ENDPOINTS + "/{id}/test", id);

    await().atMost(WITHIN_SECONDS).until(() -> !sink.received("/features/named").isEmpty());
    assertThat(sink.received("/features/named").get(0).header("Host"))
        .isEqualTo("crm.sink.test:" + port);
  }

  @Test
  void disablesAnEndpointThatFailsWithoutASuccessForTooLongAndCountsIt() {
    String id = register(Map.of("url", sink.url("/features/dead"))).get("id").asString();
    sink.answer("/features/dead", 500);
    double before = disabledForFailing();
    post(ENDPOINTS + "/{id}/test", id);
    await().atMost(WITHIN_SECONDS).until(() -> failingSince(id) != null);
    Instant since = failingSince(id);

    // the window is passed on the service's clock, not waited for; the next failure disables it
    clock.advance(DISABLE_AFTER_FAILING);
    http.post()
        .uri(ENDPOINTS + "/{id}/test", id)
        .exchange()
        .expectStatus()
        // 409: a retry of the first ping failed after the move and disabled it already
        .value(status -> assertThat(status).isIn(202, 409));

    await()
        .atMost(WITHIN_SECONDS)
        .until(() -> get(ENDPOINTS + "/{id}", id).get("status").asString().equals("disabled"));
    assertThat(get(ENDPOINTS + "/{id}", id).get("disabledReason").asString())
        .isEqualTo(
            "No delivery succeeded since "
                + since
                + "; disabled after "
                + DISABLE_AFTER_FAILING
                + ".");
    assertThat(disabledForFailing()).isGreaterThan(before);
  }

  private Instant failingSince(String endpointId) {
    return db.sql("select failing_since from webhook_endpoint where id = :id")
        .bind("id", UUID.fromString(endpointId))
        .map(row -> java.util.Optional.ofNullable(row.get(0, Instant.class)))
        .one()
        .block()
        .orElse(null);
  }

  @Test
  void measuresLatencyAndTheOldestUndeliveredAgePerEndpoint() {
    String id = register(Map.of("url", sink.url("/features/metrics"))).get("id").asString();

    post(ENDPOINTS + "/{id}/test", id);

    await()
        .atMost(WITHIN_SECONDS)
        .until(
            () -> {
              var timer = meters.find(WebhookMetrics.LATENCY).tag("endpoint", id).timer();
              var age = meters.find(WebhookMetrics.OLDEST_AGE).tag("endpoint", id).gauge();
              // the endpoint gauges are refreshed by the worker's passes, which now run on
              // wake-ups and a slow poll rather than every 100 ms
              var enabled = meters.find(WebhookMetrics.ENDPOINTS).tag("status", "enabled").gauge();
              return timer != null
                  && timer.count() == 1
                  && age != null
                  && age.value() == 0
                  && enabled != null
                  && enabled.value() > 0;
            });
    assertThat(meters.find(WebhookMetrics.DELIVERIES).tag("outcome", "success").counter().count())
        .isPositive();
  }

  private double disabledForFailing() {
    return meters.find(WebhookMetrics.DISABLED).tag("cause", "failing").counter().count();
  }
}
