package com.creditbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.infrastructure.KafkaClients;
import com.creditbridge.infrastructure.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A request's W3C trace survives the outbox: the row remembers the request's trace and the relay's
 * Kafka record carries it, so the consumer continues the same trace.
 */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class OutboxTraceContextTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties("platform_it")
        .forEach((key, value) -> registry.add(key, () -> value));
  }

  @Autowired WebTestClient http;

  @Test
  void publishesTheRecordInTheTraceOfTheRequestThatWroteIt() {
    String topic = "platform-trace-" + UUID.randomUUID();
    String traceId = randomHex(16);
    String callerSpan = randomHex(8);

    http.post()
        .uri("/announcements/{topic}/{id}", topic, "evt-traced")
        .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
        .exchange()
        .expectStatus()
        .is2xxSuccessful();

    ConsumerRecord<String, byte[]> record = consumeOne(topic);
    String traceparent = lastHeader(record, "traceparent");
    assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    assertThat(traceparent.split("-")[1]).isEqualTo(traceId);
    assertThat(traceparent.split("-")[2]).isNotEqualTo(callerSpan);
  }

  @Test
  void publishesWithoutATraceWhenTheWriterHadNone() {
    String topic = "platform-trace-" + UUID.randomUUID();

    http.post()
        .uri("/announcements/{topic}/{id}", topic, "evt-untraced")
        .exchange()
        .expectStatus()
        .is2xxSuccessful();

    // the server starts a trace of its own for an untraced request; either way a consumer can join
    ConsumerRecord<String, byte[]> record = consumeOne(topic);
    assertThat(lastHeader(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
  }

  private static String lastHeader(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as("header %s", name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    random[0] |= 1; // never all zeros, which W3C calls invalid
    return HexFormat.of().formatHex(random);
  }

  private static ConsumerRecord<String, byte[]> consumeOne(String topic) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (var consumer =
        KafkaClients.consumerFromStart(TestInfrastructure.shared().kafkaBootstrapServers())) {
      consumer.subscribe(List.of(topic));
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return !records.isEmpty();
              });
    }
    return records.get(0);
  }
}
