package com.creditbridge.hold.wording;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.Reason;
import com.creditbridge.contracts.WordingChanged;
import com.creditbridge.contracts.WordingChanged.Phrase;
import com.creditbridge.hold.ServiceTest;
import com.creditbridge.platform.wording.Wording;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wording the notification-service publishes on notification.wording.v1 reaches the sentences
 * the hold-service writes: the reasons' messages in its answers and in the hold events (and so in
 * webhooks) and the timeline, while the codes and a person's note stay. The newest version wins; an
 * older one changes nothing.
 */
class WordingFlowTest extends ServiceTest {

  private static final String PAST_DUE_65_DAYS =
      "Invoice INV-1 (1,200.00 EUR) is 65 days past due; the account goes to %s after 60 days.";

  /** Above any version an earlier run of this test published to the same database. */
  private final long base = System.currentTimeMillis() * 10;

  @Autowired WordingInForce wordings;

  /** The other tests share the database: they read the contract's default words again. */
  @AfterEach
  void putTheDefaultsBack() {
    publish(wording(base + 9, Wording.DEFAULTS.statusLabels(), defaultPhrases()));
    await().atMost(TIMEOUT).until(() -> wordings.current().block(TIMEOUT).version() == base + 9);
  }

  @Test
  void aPublishedWordingWordsTheReasonsOfAnswersAndHoldEventsAndAnOlderOneChangesNothing() {
    String before =
        knownAccount(account(newAccount()).invoice("INV-1", "1200.00", "2026-03-01"), ON_HOLD);
    awaitStatus(before, ON_HOLD)
        .jsonPath("$.reasons[0].message")
        .isEqualTo(PAST_DUE_65_DAYS.formatted("order review"));

    publish(
        wording(
            base + 2,
            Map.of("ON_HOLD", "Paused for review"),
            List.of(new Phrase("credit hold", "paused for review"))));

    await()
        .atMost(TIMEOUT)
        .until(() -> reasonMessage(before).equals(PAST_DUE_65_DAYS.formatted("paused for review")));
    String after =
        knownAccount(account(newAccount()).invoice("INV-1", "1200.00", "2026-03-01"), ON_HOLD);
    List<CloudEvent<HoldEventData>> events = awaitHoldEvents(after, 1);
    assertThat(events.get(0).type()).isEqualTo("credit.hold.placed");
    assertThat(events.get(0).data().reasons())
        .extracting(Reason::code, Reason::message)
        .containsExactly(tuple("PAST_DUE", PAST_DUE_65_DAYS.formatted("paused for review")));

    web.post()
        .uri("/api/v1/accounts/{id}/notes", before)
        .bodyValue(Map.of("author", "Rita", "text", "They asked why they are on hold"))
        .exchange()
        .expectStatus()
        .isCreated();
    web.get()
        .uri("/api/v1/accounts/{id}/timeline", before)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[0].summary")
        .isEqualTo("They asked why they are on hold")
        .jsonPath("$.items[1].kind")
        .isEqualTo("decision")
        .jsonPath("$.items[1].summary")
        .isEqualTo("Status ON_HOLD (was CLEAR): " + PAST_DUE_65_DAYS.formatted("paused for review"))
        .jsonPath("$.items[1].detail.reasons[0].message")
        .isEqualTo(PAST_DUE_65_DAYS.formatted("paused for review"));

    RecordMetadata older =
        publish(wording(base + 1, Map.of(), List.of(new Phrase("credit hold", "frozen"))));
    awaitReadPast(older);

    assertThat(reasonMessage(before)).isEqualTo(PAST_DUE_65_DAYS.formatted("paused for review"));
    assertThat(reasonMessage(after)).isEqualTo(PAST_DUE_65_DAYS.formatted("paused for review"));
  }

  @Test
  void aRecordThatIsNoWordingIsSkippedAndTheNextIsStillRead() {
    String account =
        knownAccount(account(newAccount()).invoice("INV-1", "1200.00", "2026-03-01"), ON_HOLD);

    kafka().publishWording("{\"version\":".getBytes(StandardCharsets.UTF_8));
    kafka()
        .publishWording(
            EventJson.mapper()
                .writeValueAsBytes(
                    wording(base + 3, Map.of(), List.of(new Phrase("   ", "nothing")))));
    publish(wording(base + 4, Map.of(), List.of(new Phrase("credit hold", "in review"))));

    await()
        .atMost(TIMEOUT)
        .until(() -> reasonMessage(account).equals(PAST_DUE_65_DAYS.formatted("in review")));
  }

  private static final CreditStatus ON_HOLD = CreditStatus.ON_HOLD;

  private static List<Phrase> defaultPhrases() {
    return Wording.DEFAULTS.phrases().stream().map(p -> new Phrase(p.avoid(), p.use())).toList();
  }

  private static WordingChanged wording(
      long version, Map<String, String> labels, List<Phrase> phrases) {
    return new WordingChanged(
        version,
        labels,
        phrases,
        new Party(null, "Carla Credit", "carla@example.com"),
        Instant.parse("2026-05-05T08:00:00Z"));
  }

  private static RecordMetadata publish(WordingChanged wording) {
    return kafka().publishWording(EventJson.mapper().writeValueAsBytes(wording));
  }

  private String reasonMessage(String account) {
    return EventJson.mapper()
        .readTree(
            web.get()
                .uri("/api/v1/accounts/{id}/credit-status", account)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody())
        .path("reasons")
        .path(0)
        .path("message")
        .asString();
  }

  /** Waits until the hold-service's wording group has committed an offset past the record. */
  private static void awaitReadPast(RecordMetadata record) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
      await()
          .atMost(TIMEOUT)
          .until(
              () -> {
                OffsetAndMetadata committed =
                    admin
                        .listConsumerGroupOffsets("hold-service-wording")
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                return committed != null && committed.offset() > record.offset();
              });
    }
  }
}
