package com.creditbridge.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.support.NotificationIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import tools.jackson.databind.JsonNode;

class WebhookEndpointLifecycleApiTest extends NotificationIntegrationTest {

  private static final String ENDPOINTS = "/api/v1/webhook-endpoints";

  private JsonNode create(Map<String, Object> body) {
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

  private String createdId() {
    return create(Map.of("url", "http://127.0.0.1:9/lifecycle")).get("id").asString();
  }

  private ResponseSpec patch(String id, Object body) {
    return http.patch()
        .uri(ENDPOINTS + "/{id}", id)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private JsonNode body(ResponseSpec response) {
    return response.expectBody(JsonNode.class).returnResult().getResponseBody();
  }

  @Test
  void patchChangesOnlyTheFieldsGiven() {
    String id =
        create(
                Map.of(
                    "url", "http://127.0.0.1:9/before",
                    "description", "CRM",
                    "eventTypes", List.of("credit.hold.placed")))
            .get("id")
            .asString();

    JsonNode patched =
        body(
            patch(
                    id,
                    Map.of(
                        "url",
                        "http://127.0.0.1:9/after",
                        "filter",
                        Map.of("segments", List.of("enterprise"))))
                .expectStatus()
                .isOk());

    assertThat(patched.get("url").asString()).isEqualTo("http://127.0.0.1:9/after");
    assertThat(patched.get("description").asString()).isEqualTo("CRM");
    assertThat(patched.get("eventTypes").toString()).isEqualTo("[\"credit.hold.placed\"]");
    assertThat(patched.get("filter").toString())
        .isEqualTo("{\"salesRepIds\":[],\"segments\":[\"enterprise\"]}");
    assertThat(patched.has("secret")).isFalse();
  }

  @Test
  void disablesAndEnablesByPatchOrByTheirOwnRequests() {
    String id = createdId();

    JsonNode disabled = body(patch(id, Map.of("status", "disabled")).expectStatus().isOk());
    assertThat(disabled.get("status").asString()).isEqualTo("disabled");
    assertThat(disabled.get("disabledReason").asString()).isEqualTo("Disabled through the API.");

    JsonNode enabled =
        body(http.post().uri(ENDPOINTS + "/{id}/enable", id).exchange().expectStatus().isOk());
    assertThat(enabled.get("status").asString()).isEqualTo("enabled");
    assertThat(enabled.get("disabledReason").isNull()).isTrue();

    JsonNode again =
        body(http.post().uri(ENDPOINTS + "/{id}/disable", id).exchange().expectStatus().isOk());
    assertThat(again.get("status").asString()).isEqualTo("disabled");
  }

  @Test
  void refusesABadPatchNamingEveryProblem() {
    String id = createdId();

    patch(id, Map.of("url", "ftp://x", "status", "paused", "eventTypes", List.of("nope")))
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'url')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'status')].message")
        .isEqualTo("must be enabled or disabled")
        .jsonPath("$.errors[?(@.field == 'eventTypes[0]')]")
        .exists();
  }

  @Test
  void answersMalformedBodiesWithAProblemNotAServerError() {
    String id = createdId();
    for (String body :
        List.of("{not json", "{\"eventTypes\": \"credit.hold.placed\"}", "[1,2]", "{\"url\": 7}")) {
      http.patch()
          .uri(ENDPOINTS + "/{id}", id)
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(body)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
    http.post()
        .uri(ENDPOINTS + "/{id}/replay", id)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"since\": ")
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  @Test
  void deleteRemovesTheEndpoint() {
    String id = createdId();

    http.delete().uri(ENDPOINTS + "/{id}", id).exchange().expectStatus().isNoContent();

    http.get().uri(ENDPOINTS + "/{id}", id).exchange().expectStatus().isNotFound();
    http.delete().uri(ENDPOINTS + "/{id}", id).exchange().expectStatus().isNotFound();
    JsonNode list = body(http.get().uri(ENDPOINTS + "?limit=500").exchange().expectStatus().isOk());
    assertThat(list.get("items").valueStream().map(e -> e.get("id").asString())).doesNotContain(id);
  }

  @Test
  void rotationShowsTheNewSecretOnceAndKeepsThePreviousOneForADay() {
    JsonNode endpoint = create(Map.of("url", "http://127.0.0.1:9/rotate"));
    String id = endpoint.get("id").asString();
    java.time.Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    JsonNode rotated =
        body(
            http.post()
                .uri(ENDPOINTS + "/{id}/rotate-secret", id)
                .exchange()
                .expectStatus()
                .isOk());

    assertThat(rotated.get("secret").asString())
        .startsWith("whsec_")
        .isNotEqualTo(endpoint.get("secret").asString());
    assertThat(java.time.Instant.parse(rotated.get("previousSecretExpiresAt").asString()))
        // secret-overlap (24 h) on the service's clock, which other tests move forward
        .isBetween(
            before.plus(java.time.Duration.ofHours(24)),
            clock.instant().plus(java.time.Duration.ofHours(24)));
    JsonNode read = body(http.get().uri(ENDPOINTS + "/{id}", id).exchange().expectStatus().isOk());
    assertThat(read.has("secret")).isFalse();
  }

  @Test
  void replayNeedsAValidPastInstant() {
    String id = createdId();
    for (Map<String, Object> body :
        List.of(
            Map.<String, Object>of(),
            Map.<String, Object>of("since", "yesterday"),
            Map.<String, Object>of("since", "2999-01-01T00:00:00Z"))) {
      http.post()
          .uri(ENDPOINTS + "/{id}/replay", id)
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(body)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("since");
    }
  }

  @Test
  void aDisabledEndpointCannotBePingedOrReplayed() {
    String id = createdId();
    patch(id, Map.of("status", "disabled")).expectStatus().isOk();

    http.post().uri(ENDPOINTS + "/{id}/test", id).exchange().expectStatus().isEqualTo(409);
    http.post()
        .uri(ENDPOINTS + "/{id}/replay", id)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("since", "2026-01-01T00:00:00Z"))
        .exchange()
        .expectStatus()
        .isEqualTo(409);
  }

  @Test
  void everyEndpointRouteAnswersNotFoundForAnUnknownId() {
    String unknown = "5f0c3c4e-8a55-4a4f-9a55-0a3c8f0e2b11";
    http.post()
        .uri(ENDPOINTS + "/{id}/rotate-secret", unknown)
        .exchange()
        .expectStatus()
        .isNotFound();
    http.post().uri(ENDPOINTS + "/{id}/test", unknown).exchange().expectStatus().isNotFound();
    http.post().uri(ENDPOINTS + "/{id}/enable", unknown).exchange().expectStatus().isNotFound();
    http.get().uri(ENDPOINTS + "/{id}/deliveries", unknown).exchange().expectStatus().isNotFound();
    patch(unknown, Map.of("status", "enabled")).expectStatus().isNotFound();
  }

  @Test
  void theDeliveryLogRefusesABadCursorOrLimit() {
    String id = createdId();
    http.get()
        .uri(ENDPOINTS + "/{id}/deliveries?cursor=garbage!", id)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("cursor");
    http.get()
        .uri(ENDPOINTS + "/{id}/deliveries?limit=0", id)
        .exchange()
        .expectStatus()
        .isBadRequest();
    http.get()
        .uri(ENDPOINTS + "/{id}/deliveries?limit=abc", id)
        .exchange()
        .expectStatus()
        .isBadRequest();
  }
}
