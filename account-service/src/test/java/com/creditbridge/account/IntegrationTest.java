package com.creditbridge.account;

import com.creditbridge.infrastructure.TestInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one Spring context of the integration tests (every subclass shares it): the service on a
 * random port against the real PostgreSQL and Kafka of {@link TestInfrastructure}, with a clock
 * whose day is {@link #TODAY}. Tests keep apart by using their own account ids.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = {AccountServiceApplication.class, IntegrationTest.TestClock.class})
public abstract class IntegrationTest {

  /** The service's today: the clock runs from this morning, so the date holds for hours. */
  protected static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

  @LocalServerPort private int port;

  protected WebTestClient web;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties("account_it")
        .forEach((key, value) -> registry.add(key, () -> value));
    registry.add("creditbridge.outbox.poll-interval", () -> "20ms");
  }

  @BeforeEach
  void client() {
    web =
        WebTestClient.bindToServer()
            .baseUrl("http://127.0.0.1:" + port)
            .responseTimeout(Duration.ofSeconds(60))
            // a 10,000-line batch answers with about 1 MB of results
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
            .build();
  }

  protected static String newAccountId() {
    return "ACME-" + UUID.randomUUID().toString().substring(0, 8);
  }

  protected static String newId(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  protected WebTestClient.ResponseSpec post(String json) {
    return web.post()
        .uri("/api/v1/ledger-events")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json)
        .exchange();
  }

  protected WebTestClient.ResponseSpec postBatch(String ndjson) {
    return web.post()
        .uri("/api/v1/ledger-events")
        .contentType(MediaType.APPLICATION_NDJSON)
        .bodyValue(ndjson)
        .exchange();
  }

  protected void accept(String json) {
    post(json).expectStatus().isAccepted().expectBody().jsonPath("$.status").isEqualTo("accepted");
  }

  protected WebTestClient.BodyContentSpec account(String accountId) {
    return web.get()
        .uri("/api/v1/accounts/{accountId}", accountId)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class TestClock {
    @Bean
    Clock clock() {
      Instant morning = TODAY.atTime(6, 0).toInstant(ZoneOffset.UTC);
      return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), morning));
    }
  }
}
