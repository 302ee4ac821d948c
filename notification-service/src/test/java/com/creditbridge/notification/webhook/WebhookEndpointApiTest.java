package com.creditbridge.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.support.NotificationIntegrationTest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class WebhookEndpointApiTest extends NotificationIntegrationTest {

  private JsonNode create(Map<String, Object> body) {
    return http.post()
        .uri("/api/v1/webhook-endpoints")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void createsAnEndpointAndShowsItsSecretOnlyInTheAnswer() {
    var created =
        http.post()
            .uri("/api/v1/webhook-endpoints")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "url",
                    "http://127.0.0.1:9/crm",
                    "description",
                    "CRM",
                    "eventTypes",
                    List.of("credit.hold.placed", "creditbridge.ping"),
                    "filter",
                    Map.of("salesRepIds", List.of("rep-1"))))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(JsonNode.class)
            .returnResult();
    JsonNode endpoint = created.getResponseBody();
    String id = endpoint.get("id").asString();

    assertThat(created.getResponseHeaders().getLocation())
        .hasToString("/api/v1/webhook-endpoints/" + id);
    assertThat(endpoint.get("url").asString()).isEqualTo("http://127.0.0.1:9/crm");
    assertThat(endpoint.get("description").asString()).isEqualTo("CRM");
    assertThat(endpoint.get("status").asString()).isEqualTo("enabled");
    assertThat(endpoint.get("eventTypes").toString())
        .isEqualTo("[\"credit.hold.placed\",\"creditbridge.ping\"]");
    assertThat(endpoint.get("filter").toString())
        .isEqualTo("{\"salesRepIds\":[\"rep-1\"],\"segments\":[]}");
    assertThat(endpoint.get("createdAt").asString()).endsWith("Z");
    String secret = endpoint.get("secret").asString();
    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);

    JsonNode read =
        http.get()
            .uri("/api/v1/webhook-endpoints/{id}", id)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    assertThat(read.has("secret")).isFalse();
    assertThat(read.get("createdAt")).isEqualTo(endpoint.get("createdAt"));
    assertThat(read.get("filter")).isEqualTo(endpoint.get("filter"));

    JsonNode list =
        http.get()
            .uri("/api/v1/webhook-endpoints?limit=500")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    assertThat(list.get("items").valueStream().filter(e -> e.get("id").asString().equals(id)))
        .singleElement()
        .satisfies(e -> assertThat(e.has("secret")).isFalse());
  }

  @Test
  void anEndpointWithoutEventTypesOrFilterIsShownWithEmptyLists() {
    JsonNode endpoint = create(Map.of("url", "http://127.0.0.1:9/everything"));

    assertThat(endpoint.get("eventTypes").toString()).isEqualTo("[]");
    assertThat(endpoint.get("filter").toString()).isEqualTo("{\"salesRepIds\":[],\"segments\":[]}");
    assertThat(endpoint.get("description").isNull()).isTrue();
  }

  @Test
  void refusesAnInvalidEndpointNamingEveryProblem() {
    http.post()
        .uri("/api/v1/webhook-endpoints")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "url", "/relative",
                "eventTypes", List.of("credit.hold.placed", "credit.hold.exploded"),
                "filter", Map.of("salesRepIds", List.of("rep 1"))))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(400)
        .jsonPath("$.errors[?(@.field == 'url')].message")
        .isEqualTo("must be an absolute URL with a host")
        .jsonPath("$.errors[?(@.field == 'eventTypes[1]')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'filter.salesRepIds[0]')]")
        .exists()
        .jsonPath("$.errors.length()")
        .isEqualTo(3);
  }

  @Test
  void requiresAUrl() {
    http.post()
        .uri("/api/v1/webhook-endpoints")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("description", "no url"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("url")
        .jsonPath("$.errors[0].message")
        .isEqualTo("is required");
  }

  @Test
  void answersNotFoundWithAProblemForAnUnknownEndpoint() {
    for (String id : List.of("5f0c3c4e-8a55-4a4f-9a55-0a3c8f0e2b11", "not-a-uuid")) {
      http.get()
          .uri("/api/v1/webhook-endpoints/{id}", id)
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.status")
          .isEqualTo(404);
    }
  }

  @Test
  void pagesThroughEndpointsWithACursor() {
    create(Map.of("url", "http://127.0.0.1:9/a"));
    create(Map.of("url", "http://127.0.0.1:9/b"));

    JsonNode first =
        http.get()
            .uri("/api/v1/webhook-endpoints?limit=1")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    String cursor = first.get("nextCursor").asString();
    JsonNode second =
        http.get()
            .uri("/api/v1/webhook-endpoints?limit=1&cursor={cursor}", cursor)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();

    assertThat(first.get("items")).hasSize(1);
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("id"))
        .isNotEqualTo(first.get("items").get(0).get("id"));
  }

  @Test
  void refusesALimitAboveFiveHundred() {
    http.get()
        .uri("/api/v1/webhook-endpoints?limit=501")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("limit");
  }
}
