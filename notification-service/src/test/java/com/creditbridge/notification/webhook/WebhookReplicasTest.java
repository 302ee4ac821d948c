package com.creditbridge.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.notification.support.ServiceInstance;
import com.creditbridge.notification.support.WebhookSink;
import com.creditbridge.notification.support.WebhookSink.Received;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Several processes on one database, as replicas and restarts are: each test runs its own service
 * instances on a database of its own.
 */
class WebhookReplicasTest {

  private static final Duration WITHIN = Duration.ofSeconds(30);
  private static WebhookSink sink;

  @BeforeAll
  static void startSink() throws Exception {
    sink = new WebhookSink();
  }

  @AfterAll
  static void stopSink() {
    sink.close();
  }

  private static String register(WebTestClient http, String path) {
    return http.post()
        .uri("/api/v1/webhook-endpoints")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("url", sink.url(path)))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .asString();
  }

  private static String ping(WebTestClient http, String endpointId) {
    return http.post()
        .uri("/api/v1/webhook-endpoints/{id}/test", endpointId)
        .exchange()
        .expectStatus()
        .isAccepted()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody()
        .get("eventId")
        .asString();
  }

  private static long count(DatabaseClient db, String sql) {
    return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
  }

  @Test
  void twoInstancesSideBySideNeverSendAnAttemptTwice() {
    Map<String, String> settings =
        Map.of(
            "creditbridge.webhooks.max-in-flight-per-endpoint", "16",
            "creditbridge.webhooks.retry-schedule", "200ms");
    try (ServiceInstance first = ServiceInstance.start("notification_pair_it", settings);
        ServiceInstance second = ServiceInstance.start("notification_pair_it", settings)) {
      String endpointId = register(first.http(), "/replicas/pair");
      List<String> eventIds = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        // both instances take requests and both workers poll the same queue
        eventIds.add(ping((i % 2 == 0 ? first : second).http(), endpointId));
      }

      await()
          .atMost(WITHIN)
          .until(
              () ->
                  count(
                          first.db(),
                          "select count(*) from webhook_delivery where status = 'pending'")
                      == 0);

      List<Received> received = sink.received("/replicas/pair");
      assertThat(received)
          .extracting(r -> r.header("webhook-id"))
          .containsExactlyInAnyOrderElementsOf(eventIds); // each once, none twice
      assertThat(count(first.db(), "select count(*) from webhook_attempt")).isEqualTo(40);
    }
  }

  @Test
  void aRestartMidRetryLosesNothing() {
    Map<String, String> settings = Map.of("creditbridge.webhooks.retry-schedule", "2s");
    sink.answer("/replicas/restart", 500, 204);
    String eventId;
    DatabaseClient db;
    try (ServiceInstance before = ServiceInstance.start("notification_restart_it", settings)) {
      String endpointId = register(before.http(), "/replicas/restart");
      eventId = ping(before.http(), endpointId);
      db = before.db();
      await()
          .atMost(WITHIN)
          .until(
              () ->
                  count(
                          db,
                          "select count(*) from webhook_attempt a"
                              + " join webhook_delivery d on d.id = a.delivery_id"
                              + " where d.status = 'pending' and a.next_retry_at is not null")
                      == 1);
    } // the process stops while the delivery waits for its retry

    try (ServiceInstance after = ServiceInstance.start("notification_restart_it", settings)) {
      await()
          .atMost(WITHIN)
          .until(
              () ->
                  count(
                          after.db(),
                          "select count(*) from webhook_delivery where status = 'delivered'")
                      == 1);
      assertThat(sink.received("/replicas/restart"))
          .extracting(r -> r.header("webhook-id"))
          .containsExactly(eventId, eventId);
    }
  }
}
