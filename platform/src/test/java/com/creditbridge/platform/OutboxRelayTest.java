package com.creditbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.infrastructure.KafkaClients;
import com.creditbridge.infrastructure.TestInfrastructure;
import com.creditbridge.platform.inbox.ConsumedEvents;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@SpringBootTest(classes = PlatformTestApplication.class)
class OutboxRelayTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties("platform_it")
        .forEach((key, value) -> registry.add(key, () -> value));
  }

  @Autowired Outbox outbox;
  @Autowired ConsumedEvents consumedEvents;
  @Autowired TransactionalOperator transactions;
  @Autowired DatabaseClient db;

  // the relay's poll is 10 minutes in these tests: only a wake-up can relay a message this soon
  // (not sooner: on a crowded machine the relay may still be sending an earlier test's messages)
  private static final Duration WELL_BEFORE_THE_POLL = Duration.ofSeconds(20);

  @Test
  void relaysACommittedMessageAtOnceRatherThanAtThePoll() {
    String id = "evt-" + UUID.randomUUID();

    transactions
        .transactional(outbox.append(message("platform-test-" + UUID.randomUUID(), id)))
        .block(Duration.ofSeconds(10));

    awaitRelayed(id);
  }

  @Test
  void relaysAMessageAnotherReplicaCommittedWhenItsNotifyArrives() {
    String id = "evt-" + UUID.randomUUID();
    // what another replica's Outbox does: the row and the NOTIFY, nothing in this process
    Mono<Void> otherReplica =
        db.sql(
                "insert into outbox_message (topic, message_key, event_id, event_type, payload)"
                    + " values (:topic, 'acme', :id, 'test.happened', :payload)")
            .bind("topic", "platform-test-" + UUID.randomUUID())
            .bind("id", id)
            .bind("payload", message("t", id).payload())
            .then()
            .then(db.sql("select pg_notify('outbox_message', '')").then());

    transactions.transactional(otherReplica).block(Duration.ofSeconds(10));

    awaitRelayed(id);
  }

  private void awaitRelayed(String eventId) {
    Awaitility.await()
        .atMost(WELL_BEFORE_THE_POLL)
        .until(
            () ->
                db.sql("select count(*) from outbox_message where event_id = :id")
                        .bind("id", eventId)
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .block(Duration.ofSeconds(5))
                    == 0);
  }

  @Test
  void publishesCommittedMessagesInOrderKeyedByAccount() {
    String topic = "platform-test-" + UUID.randomUUID();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add("evt-" + i);
    }
    Flux.fromIterable(ids)
        .concatMap(id -> transactions.transactional(outbox.append(message(topic, id))))
        .blockLast(Duration.ofSeconds(10));

    List<ConsumerRecord<String, byte[]>> records = consume(topic, ids.size());

    assertThat(records).extracting(ConsumerRecord::key).containsOnly("acme");
    assertThat(records)
        .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
        .allSatisfy(value -> assertThat(value).contains("\"specversion\":\"1.0\""));
    assertThat(records).extracting(r -> idOf(r.value())).containsExactlyElementsOf(ids);
    assertThat(
            new String(
                records.get(0).headers().lastHeader("content-type").value(),
                StandardCharsets.UTF_8))
        .isEqualTo("application/cloudevents+json");
  }

  @Test
  void publishesAManyMessageAppendInItsOrderWithPayloadsIntact() {
    String topic = "platform-test-" + UUID.randomUUID();
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      // non-ASCII text checks that the payload bytes survive the statement unchanged
      messages.add(
          OutboxMessage.of(
              topic,
              CloudEvent.of(
                  "many-" + i,
                  "/test",
                  "test.happened",
                  "acct-" + (i % 7),
                  Instant.now(),
                  Map.of("n", "Müller & Søn \"" + i + "\""))));
    }
    transactions.transactional(outbox.appendAll(messages)).block(Duration.ofSeconds(10));
    transactions.transactional(outbox.appendAll(List.of())).block(Duration.ofSeconds(10));

    List<ConsumerRecord<String, byte[]>> records = consume(topic, messages.size());

    // Kafka keeps order per key (per account), which is the order that matters
    for (int account = 0; account < 7; account++) {
      String key = "acct-" + account;
      assertThat(records.stream().filter(r -> r.key().equals(key)).map(r -> idOf(r.value())))
          .containsExactlyElementsOf(
              messages.stream()
                  .filter(m -> m.key().equals(key))
                  .map(OutboxMessage::eventId)
                  .toList());
    }
    assertThat(records)
        .extracting(ConsumerRecord::value)
        .containsExactlyInAnyOrderElementsOf(
            messages.stream().map(OutboxMessage::payload).toList());
  }

  @Test
  void publishesEveryMessageWhenWritersCommitOutOfIdOrder() {
    String topic = "platform-test-" + UUID.randomUUID();
    int writers = 16;
    int perWriter = 40;
    // each writer takes its id at insert and commits a little later, so commits overtake each
    // other while the relay runs: rows keep appearing below ids the relay has already sent
    Flux.range(0, writers)
        .flatMap(
            writer ->
                Flux.range(0, perWriter)
                    .concatMap(
                        n ->
                            transactions.transactional(
                                outbox
                                    .append(message(topic, "w" + writer + "-" + n))
                                    .then(
                                        Mono.delay(
                                            Duration.ofMillis(
                                                java.util.concurrent.ThreadLocalRandom.current()
                                                    .nextInt(15))))
                                    .then())),
            writers)
        .then()
        .block(Duration.ofMinutes(2));

    List<ConsumerRecord<String, byte[]>> records = consume(topic, writers * perWriter);

    assertThat(records.stream().map(r -> idOf(r.value())).distinct()).hasSize(writers * perWriter);
  }

  @Test
  void publishesNothingFromARolledBackTransaction() {
    String topic = "platform-test-" + UUID.randomUUID();
    Mono<Void> failing =
        outbox.append(message(topic, "rolled-back")).then(Mono.error(new IllegalStateException()));
    transactions.transactional(failing).onErrorResume(e -> Mono.empty()).block();
    transactions.transactional(outbox.append(message(topic, "committed"))).block();

    List<ConsumerRecord<String, byte[]>> records = consume(topic, 1);
    assertThat(records).extracting(r -> idOf(r.value())).containsExactly("committed");
  }

  @Test
  void recognisesARedeliveredEvent() {
    String id = "evt-" + UUID.randomUUID();
    assertThat(transactions.transactional(consumedEvents.markConsumed("t", id)).block()).isTrue();
    assertThat(transactions.transactional(consumedEvents.markConsumed("t", id)).block()).isFalse();
    assertThat(consumedEvents.markConsumed("other-topic", id).block()).isTrue();
  }

  @Test
  void marksAPollsEventsAtOnceAndReturnsOnlyThoseSeenForTheFirstTime() {
    String seen = "evt-" + UUID.randomUUID();
    String fresh = "evt-" + UUID.randomUUID();
    transactions.transactional(consumedEvents.markConsumed("poll", seen)).block();

    var first =
        transactions
            .transactional(consumedEvents.markAllConsumed("poll", List.of(seen, fresh, fresh)))
            .block();

    assertThat(first).containsExactly(fresh);
    assertThat(consumedEvents.markAllConsumed("poll", List.of(seen, fresh)).block()).isEmpty();
    assertThat(consumedEvents.markAllConsumed("poll", List.of()).block()).isEmpty();
  }

  private static OutboxMessage message(String topic, String id) {
    return OutboxMessage.of(
        topic, CloudEvent.of(id, "/test", "test.happened", "acme", Instant.now(), Map.of("n", id)));
  }

  private static String idOf(byte[] value) {
    return com.creditbridge.contracts.EventJson.mapper().readTree(value).get("id").asString();
  }

  private static List<ConsumerRecord<String, byte[]>> consume(String topic, int expected) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (var consumer =
        KafkaClients.consumerFromStart(TestInfrastructure.shared().kafkaBootstrapServers())) {
      consumer.subscribe(List.of(topic));
      // generous: 500 messages through a broker that a loaded 2-core machine also runs
      Awaitility.await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
              });
      // anything published by mistake after the expected messages would show up here
      consumer.poll(Duration.ofMillis(500)).forEach(records::add);
    }
    return records;
  }
}
