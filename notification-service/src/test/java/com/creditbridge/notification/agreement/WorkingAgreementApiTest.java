package com.creditbridge.notification.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.platform.access.PersonHeaders;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class WorkingAgreementApiTest extends NotificationIntegrationTest {

  private long version() {
    return http.get()
        .uri("/api/v1/working-agreement")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(WorkingAgreement.class)
        .returnResult()
        .getResponseBody()
        .version();
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec put(Object body) {
    return http.put()
        .uri("/api/v1/working-agreement")
        .header(PersonHeaders.EMAIL, "cora@example.com")
        .header(PersonHeaders.NAME, "Cora Credit")
        .header(PersonHeaders.ROLES, "credit-manager")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  @Test
  void eachChangeIsANewVersionSayingWhoMadeIt() {
    long before = version();

    put(Map.of("sections", List.of(Map.of("title", " Order reviews ", "text", "Carl decides."))))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(before + 1)
        .jsonPath("$.sections[0].title")
        .isEqualTo("Order reviews")
        .jsonPath("$.updatedBy")
        .isEqualTo("Cora Credit")
        .jsonPath("$.updatedAt")
        .exists();
    http.get()
        .uri("/api/v1/working-agreement")
        .exchange()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(before + 1)
        .jsonPath("$.sections[0].text")
        .isEqualTo("Carl decides.");
  }

  @Test
  void aChangeMadeFromAnOlderVersionIsRefused() {
    long current = version();

    put(Map.of("sections", List.of(), "version", current - 1)).expectStatus().isEqualTo(409);
    assertThat(version()).isEqualTo(current);
  }

  @Test
  void anOversizedOrMalformedAgreementIsRefusedNamingTheFieldAndChangesNothing() {
    long before = version();

    put(Map.of("sections", Collections.nCopies(21, Map.of("title", "a", "text", "b"))))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("sections");
    put(Map.of("sections", List.of(Map.of("title", "a", "text", "x".repeat(4_001)))))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("sections[0].text");
    put(Map.of("sections", List.of(Map.of("title", "", "text", "b"))))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("sections[0].title");
    put(Map.of("sections", List.of(Map.of("title", 7, "text", "b")))).expectStatus().isBadRequest();
    put("{\"sections\": [").expectStatus().isBadRequest();
    put(Map.of()).expectStatus().isEqualTo(422);

    assertThat(version()).isEqualTo(before);
  }
}
