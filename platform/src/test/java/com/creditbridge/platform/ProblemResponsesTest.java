package com.creditbridge.platform;

import com.creditbridge.infrastructure.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every failure, from a controller or from the framework, is an RFC 9457 problem. */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ProblemResponsesTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties("platform_it")
        .forEach((key, value) -> registry.add(key, () -> value));
  }

  @Autowired WebTestClient web;

  @Test
  void namesTheInvalidFields() {
    web.get()
        .uri("/invalid")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:creditbridge:problem:validation")
        .jsonPath("$.status")
        .isEqualTo(400)
        .jsonPath("$.errors[0].field")
        .isEqualTo("amount");
  }

  @Test
  void hidesInternalsOfUnexpectedFailures() {
    web.get()
        .uri("/broken")
        .exchange()
        .expectStatus()
        .isEqualTo(500)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody(String.class)
        .value(
            body ->
                org.assertj.core.api.Assertions.assertThat(body)
                    .doesNotContain("secret internals")
                    .doesNotContain("IllegalStateException"));
  }

  @Test
  void answersUnknownPathsWithAProblem() {
    web.get()
        .uri("/no-such-path")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void answersMalformedJsonWithAProblem() {
    web.post()
        .uri("/orders")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"id\": \"a\", \"quantity\": ")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:creditbridge:problem:malformed-request");
  }

  @Test
  void answersAnUnsupportedMediaTypeWithAProblem() {
    web.post()
        .uri("/orders")
        .contentType(MediaType.TEXT_PLAIN)
        .bodyValue("hello")
        .exchange()
        .expectStatus()
        .isEqualTo(415)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }
}
