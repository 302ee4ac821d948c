package com.creditbridge.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.notification.support.StandardWebhooksVerifier;
import com.creditbridge.notification.support.WebhookSink;
import com.creditbridge.notification.support.WebhookSink.Received;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class WebhookDeliveryTest extends NotificationIntegrationTest {

  @Autowired WebhooksProperties webhooks;

  private static final Duration WITHIN_SECONDS = Duration.ofSeconds(15);
  private static WebhookSink sink;

  @BeforeAll
  static void startSink() throws Exception {
    sink = new WebhookSink();
  }

  @AfterAll
  static void stopSink() {
    sink.close();
  }

  /** A sales rep of one's own, so no other test's events reach this test's endpoints. */
  private static Party newSalesRep() {
    String id = "rep-" + UUID.randomUUID();
    return new Party(id, "Rita Rep", id + "@example.com");
  }

  /** Registers an endpoint for the rep's accounts; returns {id, secret}. */
  private JsonNode register(String path, Party salesRep) {
    return http.post()
        .uri("/api/v1/webhook-endpoints")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "url", sink.url(path),
                "eventTypes", List.of("credit.hold.placed"),
                "filter", Map.of("salesRepIds", List.of(salesRep.id()))))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void deliversTheHoldEventToTheEndpointSignedAsStandardWebhooks() throws Exception {
    Party rep = newSalesRep();
    String secret = register("/crm/signed", rep).get("secret").asString();
    CloudEvent<HoldEventData> event = HoldEvents.placed(rep, null);
    long before = clock.instant().getEpochSecond();

    byte[] published = HoldEvents.publish(event);

    await().atMost(WITHIN_SECONDS).until(() -> !sink.received("/crm/signed").isEmpty());
    Received request = sink.received("/crm/signed").get(0);
    assertThat(request.header("Content-Type")).isEqualTo("application/cloudevents+json");
    assertThat(request.body()).isEqualTo(published);
    assertThat(request.header("webhook-id")).isEqualTo(event.id());
    long timestamp = Long.parseLong(request.header("webhook-timestamp"));
    // the service's clock, which other tests move forward
    assertThat(timestamp).isBetween(before, clock.instant().getEpochSecond());
    // computed here from the spec, not with the production signer
    assertThat(request.header("webhook-signature"))
        .isEqualTo("v1," + hmac(secret, event.id() + "." + timestamp + ".", request.body()));
    assertThat(StandardWebhooksVerifier.verifies(secret, request, clock.instant())).isTrue();
  }

  @Test
  void deliversAReviewRequestsDecisionToAnEndpointSubscribedToIt() {
    Party rep = newSalesRep();
    String endpointId =
        http.post()
            .uri("/api/v1/webhook-endpoints")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "url", sink.url("/crm/reviews"),
                    "eventTypes", List.of("credit.review.decided"),
                    "filter", Map.of("salesRepIds", List.of(rep.id()))))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody()
            .get("id")
            .asString();
    String eventId = "review-" + UUID.randomUUID();
    byte[] published =
        ("{\"specversion\":\"1.0\",\"id\":\""
                + eventId
                + "\",\"source\":\"/creditbridge/hold-service\","
                + "\"type\":\"credit.review.decided\",\"subject\":\"acme-review\","
                + "\"time\":\"2026-05-10T09:15:00Z\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"id\":\"7f1c2a56-0000-4000-8000-000000000001\","
                + "\"accountId\":\"acme-review\",\"salesRepId\":\""
                + rep.id()
                + "\",\"status\":\"declined\",\"reason\":\"Paid by wire.\","
                + "\"requestedBy\":{\"name\":\"Rita Rep\",\"email\":\""
                + rep.email()
                + "\"},\"approvalsNeeded\":1,\"approvals\":[],"
                + "\"createdAt\":\"2026-05-10T08:00:00Z\",\"escalated\":false}}")
            .getBytes(StandardCharsets.UTF_8);

    HoldEvents.publish("acme-review", published);

    await().atMost(WITHIN_SECONDS).until(() -> !sink.received("/crm/reviews").isEmpty());
    Received request = sink.received("/crm/reviews").get(0);
    assertThat(request.body()).isEqualTo(published);
    assertThat(request.header("webhook-id")).isEqualTo(eventId);
    assertThat(
            count(
                "select count(*) from webhook_delivery"
                    + " where event_id = :eventId and endpoint_id = :endpointId",
                Map.of("eventId", eventId, "endpointId", UUID.fromString(endpointId))))
        .isEqualTo(1);
    // and its one email, to the requester (issue 15; the content is ReviewEmailTest's)
    assertThat(
            count(
                "select count(*) from email where event_id = :eventId and kind = 'review'",
                Map.of("eventId", eventId)))
        .isEqualTo(1);
  }

  @Test
  void retriesAFailingEndpointAndRecordsEveryAttempt() {
    Party rep = newSalesRep();
    String endpointId = register("/crm/flaky", rep).get("id").asString();
    sink.answer("/crm/flaky", 500, 503, 200);
    CloudEvent<HoldEventData> event = HoldEvents.placed(rep, null);

    HoldEvents.publish(event);

    await().atMost(WITHIN_SECONDS).until(() -> status(event.id(), endpointId).equals("delivered"));
    List<Received> requests = sink.received("/crm/flaky");
    assertThat(requests).hasSize(3);
    assertThat(requests).extracting(r -> r.header("webhook-id")).containsOnly(event.id());
    List<Map<String, Object>> attempts =
        db.sql(
                """
                select a.attempt, a.status_code, a.error, a.latency_ms, a.next_retry_at
                  from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                 where d.event_id = :eventId and d.endpoint_id = :endpointId
                 order by a.attempt
                """)
            .bind("eventId", event.id())
            .bind("endpointId", UUID.fromString(endpointId))
            .fetch()
            .all()
            .collectList()
            .block();
    assertThat(attempts).extracting(a -> a.get("status_code")).containsExactly(500, 503, 200);
    assertThat(attempts)
        .extracting(a -> a.get("error"))
        .containsExactly("HTTP 500", "HTTP 503", null);
    assertThat(attempts.get(0).get("next_retry_at")).isNotNull();
    assertThat(attempts.get(2).get("next_retry_at")).isNull();
    assertThat(attempts).allSatisfy(a -> assertThat((Long) a.get("latency_ms")).isNotNegative());
  }

  @Test
  void givesUpAfterTheLastScheduledAttempt() {
    Party rep = newSalesRep();
    String endpointId = register("/crm/down", rep).get("id").asString();
    sink.answer("/crm/down", 500);
    CloudEvent<HoldEventData> event = HoldEvents.placed(rep, null);

    HoldEvents.publish(event);

    await().atMost(WITHIN_SECONDS).until(() -> status(event.id(), endpointId).equals("failed"));
    assertThat(sink.received("/crm/down")).hasSize(4); // the first attempt and 3 retries
  }

  @Test
  void disablesAnEndpointThatAnswersGoneAndEmailsTheAdmins() {
    Party rep = newSalesRep();
    String endpointId = register("/crm/gone", rep).get("id").asString();
    sink.answer("/crm/gone", 410);
    CloudEvent<HoldEventData> event = HoldEvents.placed(rep, null);

    HoldEvents.publish(event);

    await().atMost(WITHIN_SECONDS).until(() -> status(event.id(), endpointId).equals("failed"));
    assertThat(sink.received("/crm/gone")).hasSize(1);
    http.get()
        .uri("/api/v1/webhook-endpoints/{id}", endpointId)
        .exchange()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("disabled");
    await()
        .atMost(WITHIN_SECONDS)
        .until(
            () ->
                Mailboxes.inbox(ADMIN_EMAIL).stream()
                    .anyMatch(m -> subject(m).contains(endpointId)));
  }

  private static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRedeliveredRecordCreatesNoSecondDeliveryOrEmail() {
    Party rep = newSalesRep();
    String endpointId = register("/crm/once", rep).get("id").asString();
    CloudEvent<HoldEventData> event =
        HoldEvents.placed(
            rep, new Party("an-1", "Carl Credit", "carl-" + UUID.randomUUID() + "@example.com"));
    byte[] value = HoldEvents.publish(event);

    HoldEvents.publish(event.subject(), value); // Kafka redelivers: same record again
    // a later event for the same account (same partition) shows the duplicate has been consumed
    CloudEvent<HoldEventData> later =
        CloudEvent.of(
            "evt-" + UUID.randomUUID(),
            event.source(),
            event.type(),
            event.subject(),
            event.time(),
            event.data());
    HoldEvents.publish(later);

    await().atMost(WITHIN_SECONDS).until(() -> sink.received("/crm/once").size() == 2);
    assertThat(
            count(
                "select count(*) from webhook_delivery"
                    + " where event_id = :eventId and endpoint_id = :endpointId",
                Map.of("eventId", event.id(), "endpointId", UUID.fromString(endpointId))))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from email where event_id = :eventId",
                Map.of("eventId", event.id())))
        .isEqualTo(2); // the sales rep and the analyst in copy
    // two deliveries may be in flight at once to one endpoint, so they may arrive in either order
    assertThat(sink.received("/crm/once"))
        .extracting(r -> r.header("webhook-id"))
        .containsExactlyInAnyOrder(event.id(), later.id());
  }

  @Test
  void aStuckEndpointDoesNotDelayAnother() {
    Party rep = newSalesRep();
    register("/crm/stuck", rep);
    register("/crm/quick", rep);
    sink.hold("/crm/stuck");
    int limit = webhooks.maxInFlightPerEndpoint();
    int events = limit + 2;
    try {
      for (int i = 0; i < events; i++) {
        HoldEvents.publish(HoldEvents.placed(rep, null));
      }

      // more events than the stuck endpoint's in-flight limit: the quick one still gets all
      await().atMost(WITHIN_SECONDS).until(() -> sink.received("/crm/quick").size() == events);
      assertThat(sink.received("/crm/stuck")).hasSizeBetween(1, limit); // arrived, unanswered
    } finally {
      sink.release("/crm/stuck");
    }
  }

  /** The state of the event's delivery to the endpoint; other tests' endpoints may get it too. */
  private String status(String eventId, String endpointId) {
    return db.sql(
            "select status from webhook_delivery where event_id = :eventId and endpoint_id = :endpointId")
        .bind("eventId", eventId)
        .bind("endpointId", UUID.fromString(endpointId))
        .map(row -> row.get("status", String.class))
        .one()
        .defaultIfEmpty("none")
        .block();
  }

  private static String hmac(String secret, String prefix, byte[] body) throws Exception {
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    mac.update(prefix.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }
}
