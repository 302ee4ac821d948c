package com.creditbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.infrastructure.TestInfrastructure;
import com.creditbridge.platform.web.InternalCredential;
import com.creditbridge.platform.web.RequestIdFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A service started with the internal credential answers only the gateway, and its actuator. */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "creditbridge.internal.credential=" + InternalCredentialTest.SECRET,
      "creditbridge.outbox.enabled=false"
    })
@AutoConfigureWebTestClient
class InternalCredentialTest {

  static final String SECRET = "internal-secret-6d1f";

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties("platform_it")
        .forEach((key, value) -> registry.add(key, () -> value));
  }

  @Autowired WebTestClient web;

  @Test
  void refusesADirectCallWithoutTheCredential() {
    web.post()
        .uri("/orders")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"id\":\"a\",\"quantity\":1}")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:creditbridge:problem:unauthorized");
  }

  @ParameterizedTest
  @ValueSource(strings = {"wrong", SECRET + "x", "internal-secret-6d1", "INTERNAL-SECRET-6D1F"})
  void refusesAWrongCredential(String credential) {
    web.get()
        .uri("/invalid")
        .header(InternalCredential.HEADER, credential)
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void servesACallThatCarriesTheCredentialAndEchoesItsRequestId() {
    web.post()
        .uri("/orders")
        .header(InternalCredential.HEADER, SECRET)
        .header(RequestIdFilter.HEADER, "req-42")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"id\":\"a\",\"quantity\":1}")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(RequestIdFilter.HEADER, "req-42")
        .expectBody()
        .jsonPath("$.quantity")
        .isEqualTo(1);
  }

  @Test
  void doesNotEchoARequestIdThatCouldInjectIntoLogs() {
    web.get()
        .uri("/invalid")
        .header(InternalCredential.HEADER, SECRET)
        .header(RequestIdFilter.HEADER, "bad id\twith spaces")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .doesNotExist(RequestIdFilter.HEADER);
  }

  @Test
  void leavesTheActuatorOpenForTheRunnersHealthCheck() {
    // 404 without the actuator on the classpath: what matters is that the filter let it through
    web.get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .value(status -> assertThat(status).isNotEqualTo(401));
  }

  @Test
  void servesTheOpenApiFileOnlyWithTheCredential() {
    web.get().uri("/internal/openapi.yaml").exchange().expectStatus().isUnauthorized();
    web.get()
        .uri("/internal/openapi.yaml")
        .header(InternalCredential.HEADER, SECRET)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(body -> assertThat(body).contains("/api/v1/orders"));
  }
}
