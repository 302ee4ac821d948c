package com.creditbridge.hold;

import com.creditbridge.infrastructure.TestInfrastructure;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The hold-service on a random port against the real PostgreSQL and Kafka, with the clock fixed at
 * {@link #NOW}. Every integration test extends this, so they all share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(FixedClockConfiguration.class)
public abstract class ServiceTest {

  /** Today is 5 May 2026: an invoice due on 1 March is 65 days past due. */
  public static final Instant NOW = Instant.parse("2026-05-05T09:00:00Z");

  @Autowired protected WebTestClient web;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties("hold_it")
        .forEach((key, value) -> registry.add(key, () -> value));
  }

  protected static String kafkaBootstrapServers() {
    return TestInfrastructure.shared().kafkaBootstrapServers();
  }
}
