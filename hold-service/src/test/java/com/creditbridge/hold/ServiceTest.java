package com.creditbridge.hold;

import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.infrastructure.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec;

/**
 * The hold-service on a random port against the real PostgreSQL and Kafka, with the clock standing
 * at {@link #NOW} unless a test moves it (and it is put back after every test). Every integration
 * test extends this, so they all share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
public abstract class ServiceTest {

  /** Today is 5 May 2026: an invoice due on 1 March is 65 days past due. */
  public static final Instant NOW = Instant.parse("2026-05-05T09:00:00Z");

  protected static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static KafkaTopics kafka;

  @Autowired protected WebTestClient web;
  @Autowired protected TestClock clock;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties("hold_it")
        .forEach((key, value) -> registry.add(key, () -> value));
    registry.add("creditbridge.hold.reevaluation-poll-interval", () -> "200ms");
  }

  @AfterEach
  void stopTimeTravel() {
    clock.set(NOW);
  }

  protected static String kafkaBootstrapServers() {
    return TestInfrastructure.shared().kafkaBootstrapServers();
  }

  /** Kafka clients shared by every test class, standing in for the neighbouring services. */
  protected static synchronized KafkaTopics kafka() {
    if (kafka == null) {
      kafka = new KafkaTopics(kafkaBootstrapServers());
      Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
    }
    return kafka;
  }

  protected static String newAccount() {
    return "acct-" + UUID.randomUUID();
  }

  protected BodyContentSpec awaitStatus(String account, CreditStatus status) {
    await().atMost(TIMEOUT).until(() -> status.name().equals(currentStatus(account)));
    return web.get()
        .uri("/api/v1/accounts/{id}/credit-status", account)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  /** The served status, or null while there is none; asserts nothing, so waiting stays quiet. */
  protected String currentStatus(String account) {
    EntityExchangeResult<byte[]> result =
        web.get()
            .uri("/api/v1/accounts/{id}/credit-status", account)
            .exchange()
            .expectBody()
            .returnResult();
    if (!result.getStatus().is2xxSuccessful()) {
      return null;
    }
    return EventJson.mapper().readTree(result.getResponseBody()).path("status").asString();
  }

  protected List<CloudEvent<HoldEventData>> awaitHoldEvents(String account, int count) {
    await().atMost(TIMEOUT).until(() -> kafka().holdEventsFor(account).size() >= count);
    return kafka().holdEventsFor(account);
  }

  /** Hold event types of the account, once they have stayed the same for a second. */
  protected List<String> settledHoldEventTypes(String account, int count) {
    awaitHoldEvents(account, count);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(TIMEOUT)
        .until(() -> kafka().holdEventsFor(account).size() == count);
    return kafka().holdEventsFor(account).stream().map(CloudEvent::type).toList();
  }

  /** An account the service has decided on: its snapshot published and its status stored. */
  protected String knownAccount(AccountSnapshotBuilder snapshot, CreditStatus status) {
    CloudEvent<?> event = snapshot.build();
    kafka().publishSnapshot(event);
    awaitStatus(event.subject(), status);
    return event.subject();
  }
}
