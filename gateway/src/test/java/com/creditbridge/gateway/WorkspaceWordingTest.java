package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.Topics;
import com.creditbridge.contracts.WordingChanged;
import com.creditbridge.contracts.WordingChanged.Phrase;
import com.creditbridge.infrastructure.KafkaClients;
import com.creditbridge.infrastructure.TestInfrastructure;
import com.creditbridge.platform.wording.Wording;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The workspace words its pages as notification.wording.v1 last said: status labels, and the
 * phrases in the sentences it shows; a person's note stays as written, an older version changes
 * nothing.
 */
class WorkspaceWordingTest extends WorkspaceIntegrationTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static final String ON_HOLD =
      "{\"status\":\"ON_HOLD\",\"reasons\":[{\"code\":\"PAST_DUE\",\"message\":\"Invoice INV-1"
          + " is 65 days past due; the account goes to credit hold after 60 days.\"}],"
          + "\"exposure\":\"1200.00\",\"creditLimit\":\"10000.00\",\"currency\":\"EUR\","
          + "\"cureAmount\":\"1200.00\",\"projectedHoldOn\":null,\"since\":null}";

  private static final String TIMELINE =
      "{\"items\":[{\"seq\":2,\"at\":\"2026-12-02T08:00:00Z\",\"kind\":\"note\","
          + "\"actor\":\"Rita\",\"summary\":\"Customer says we put them on hold unfairly\"},"
          + "{\"seq\":1,\"at\":\"2026-12-01T08:00:00Z\",\"kind\":\"hold.placed\","
          + "\"actor\":\"Carla\",\"summary\":\"Carla put the account in credit hold: cheque bounced\"}],"
          + "\"nextCursor\":null}";

  private static final String ACCOUNT_JSON =
      "{\"accountId\":\"wordy\",\"name\":\"Wordy Ltd\",\"currency\":\"EUR\","
          + "\"salesRep\":{\"name\":\"Rita Rep\",\"email\":\"rita@example.com\"},\"items\":[]}";

  /** Above any version this JVM's topic holds already. */
  private final long base = System.currentTimeMillis() * 10;

  @AfterEach
  void putTheDefaultsBack() throws Exception {
    publish(
        wording(
            base + 9,
            Wording.DEFAULTS.statusLabels(),
            Wording.DEFAULTS.phrases().stream().map(p -> new Phrase(p.avoid(), p.use())).toList()));
    await().atMost(TIMEOUT).until(() -> accountPage().contains("Order review"));
    hold.forget("/api/v1/accounts/wordy/credit-status");
    hold.forget("/api/v1/accounts/wordy/timeline");
    account.forget("/api/v1/accounts/wordy");
  }

  @Test
  void aPublishedWordingChangesTheLabelAndThePhrasesOnTheAccountPage() throws Exception {
    signIn(member("wanda"));
    hold.alwaysReplyAt("/api/v1/accounts/wordy/credit-status", json(ON_HOLD));
    hold.alwaysReplyAt("/api/v1/accounts/wordy/timeline", json(TIMELINE));
    account.alwaysReplyAt("/api/v1/accounts/wordy", json(ACCOUNT_JSON));
    assertThat(accountPage())
        .contains("Order review", "the account goes to order review after 60 days")
        .contains("Carla put the account in order review: cheque bounced");

    publish(
        wording(
            base + 2,
            Map.of("ON_HOLD", "Paused for review"),
            List.of(new Phrase("credit hold", "review"))));

    await().atMost(TIMEOUT).until(() -> accountPage().contains("Paused for review"));
    assertThat(accountPage())
        .contains("the account goes to review after 60 days")
        .contains("Carla put the account in review: cheque bounced")
        .contains("Customer says we put them on hold unfairly")
        .doesNotContain("Order review");

    publish(wording(base + 1, Map.of("ON_HOLD", "Frozen"), List.of()));
    publish(wording(base + 3, Map.of("ON_HOLD", "Paused for review", "CLEAR", "Fine"), List.of()));
    await()
        .atMost(TIMEOUT)
        .until(() -> accountPage().contains("the account goes to credit hold after"));
    assertThat(accountPage()).contains("Paused for review").doesNotContain("Frozen");
  }

  private String accountPage() {
    var page = browser.get("/app/accounts/wordy");
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body();
  }

  private static WordingChanged wording(
      long version, Map<String, String> labels, List<Phrase> phrases) {
    return new WordingChanged(
        version,
        labels,
        phrases,
        new Party(null, "Carla Credit", "carla@example.com"),
        Instant.parse("2026-12-02T08:00:00Z"));
  }

  private static void publish(WordingChanged wording) throws Exception {
    try (var producer =
        KafkaClients.producer(TestInfrastructure.shared().kafkaBootstrapServers())) {
      producer
          .send(
              new ProducerRecord<>(
                  Topics.WORDING,
                  WordingChanged.KEY,
                  EventJson.mapper().writeValueAsBytes(wording)))
          .get();
    }
  }

  private static RecordingBackend.Reply json(String body) {
    return new RecordingBackend.Reply(200, "application/json", body, Map.of());
  }
}
