package com.creditbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.infrastructure.TestInfrastructure;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxMessage;
import com.creditbridge.platform.outbox.OutboxMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** What Prometheus scrapes from every service: the outbox backlog, tagged with the application. */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.application.name=platform-test",
      // no relay: the rows stay in the outbox, as they do when Kafka is down
      "creditbridge.outbox.enabled=false"
    })
@AutoConfigureWebTestClient
class OutboxMetricsTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties("platform_metrics_it")
        .forEach((key, value) -> registry.add(key, () -> value));
  }

  @Autowired WebTestClient http;
  @Autowired Outbox outbox;
  @Autowired OutboxMetrics metrics;
  @Autowired DatabaseClient db;
  @Autowired TransactionalOperator transactions;

  @Test
  void reportsTheBacklogAndTheAgeOfTheOldestUnpublishedMessage() {
    db.sql("delete from outbox_message").then().block(Duration.ofSeconds(10));
    for (String id : new String[] {"m-1", "m-2", "m-3"}) {
      transactions.transactional(outbox.append(message(id))).block(Duration.ofSeconds(10));
    }
    db.sql(
            "update outbox_message set created_at = now() - interval '90 seconds' where event_id = 'm-1'")
        .then()
        .block(Duration.ofSeconds(10));

    metrics.refresh().block(Duration.ofSeconds(10));

    String scrape = scrape();
    assertThat(scrape).contains("creditbridge_outbox_backlog{application=\"platform-test\"} 3.0");
    assertThat(oldestAge(scrape)).isBetween(90.0, 150.0);
  }

  @Test
  void exposesJvmProcessAndHttpMetricsWithTheApplicationTag() {
    String scrape = scrape();
    assertThat(scrape)
        .contains("jvm_memory_used_bytes{application=\"platform-test\"")
        .contains("process_cpu_usage{application=\"platform-test\"}")
        .contains("creditbridge_outbox_oldest_age{application=\"platform-test\"}");
  }

  @Test
  void servesOpenMetricsWithoutExemplarsThatOlderPrometheusRejects() {
    scrape(); // a traced request, recorded by http.server.requests
    String openMetrics = scrape("application/openmetrics-text;version=1.0.0");

    assertThat(openMetrics).contains("http_server_requests_seconds_count{");
    assertThat(openMetrics.lines().filter(line -> line.contains("trace_id="))).isEmpty();
  }

  private String scrape() {
    return scrape("text/plain");
  }

  private String scrape(String accept) {
    return http.get()
        .uri("/actuator/prometheus")
        .header("Accept", accept)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  private static double oldestAge(String scrape) {
    return scrape
        .lines()
        .filter(line -> line.startsWith("creditbridge_outbox_oldest_age{"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow();
  }

  private static OutboxMessage message(String id) {
    return OutboxMessage.of(
        "platform-metrics",
        CloudEvent.of(id, "/test", "test.happened", "acme", Instant.now(), Map.of("n", id)));
  }
}
