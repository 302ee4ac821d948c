package com.creditbridge.notification.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.Topics;
import com.creditbridge.contracts.WordingChanged;
import com.creditbridge.infrastructure.KafkaClients;
import com.creditbridge.infrastructure.TestInfrastructure;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.MailText;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.platform.access.PersonHeaders;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class WordingApiTest extends NotificationIntegrationTest {

  @Autowired WordingPublication publication;

  /** A wording body, built up from the contract's defaults. */
  static final class WordingBody {
    private final Map<String, Object> labels =
        new LinkedHashMap<>(
            Map.of(
                "CLEAR", "In good standing",
                "APPROACHING", "Payment reminder",
                "ON_HOLD", "Order review"));
    private final List<Map<String, Object>> phrases =
        new ArrayList<>(
            List.of(
                entry("credit hold", "order review"),
                entry("on hold", "order review"),
                entry("blocked", "paused")));
    private Map<String, Object> changedBy;

    static WordingBody defaults() {
      return new WordingBody();
    }

    WordingBody label(String status, Object label) {
      labels.put(status, label);
      return this;
    }

    WordingBody phrase(String avoid, String use) {
      phrases.add(entry(avoid, use));
      return this;
    }

    WordingBody changedBy(String name, String email) {
      changedBy = Map.of("name", name, "email", email);
      return this;
    }

    private static Map<String, Object> entry(String avoid, String use) {
      Map<String, Object> phrase = new LinkedHashMap<>();
      phrase.put("avoid", avoid);
      phrase.put("use", use);
      return phrase;
    }

    Map<String, Object> json() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("statusLabels", labels);
      body.put("phrases", phrases);
      if (changedBy != null) {
        body.put("changedBy", changedBy);
      }
      return body;
    }
  }

  private WebTestClient.ResponseSpec putAsCreditManager(WordingBody body) {
    return http.put()
        .uri("/api/v1/wording")
        .header(PersonHeaders.EMAIL, "cora@example.com")
        .header(PersonHeaders.NAME, "Cora Credit")
        .header(PersonHeaders.ROLES, "credit-manager")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body.json())
        .exchange();
  }

  private long version() {
    return ((Number)
            http.get()
                .uri("/api/v1/wording")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("version"))
        .longValue();
  }

  /** The context is shared: every other test expects the contract's words. */
  @AfterEach
  void backToTheDefaults() {
    putAsCreditManager(WordingBody.defaults()).expectStatus().isOk();
  }

  @Test
  void eachChangeIsANewVersionSayingWhoChoseIt() {
    long before = version();

    putAsCreditManager(
            WordingBody.defaults().label("ON_HOLD", " Credit check ").phrase("kindly", ""))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(before + 1)
        .jsonPath("$.statusLabels.ON_HOLD")
        .isEqualTo("Credit check")
        .jsonPath("$.phrases[3].avoid")
        .isEqualTo("kindly")
        .jsonPath("$.changedBy.name")
        .isEqualTo("Cora Credit")
        .jsonPath("$.changedBy.email")
        .isEqualTo("cora@example.com")
        .jsonPath("$.changedAt")
        .exists();
    http.get()
        .uri("/api/v1/wording")
        .exchange()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(before + 1)
        .jsonPath("$.statusLabels.ON_HOLD")
        .isEqualTo("Credit check")
        .jsonPath("$.statusLabels.CLEAR")
        .isEqualTo("In good standing");
  }

  @Test
  void anApiKeyNamesThePersonItActsFor() {
    http.put()
        .uri("/api/v1/wording")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(WordingBody.defaults().json())
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("changedBy");

    http.put()
        .uri("/api/v1/wording")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(WordingBody.defaults().changedBy("Sam Sales", "Sam@Example.com").json())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.changedBy.name")
        .isEqualTo("Sam Sales")
        .jsonPath("$.changedBy.email")
        .isEqualTo("sam@example.com");
  }

  @Test
  void refusesAnUnusableWordingNamingTheFieldAndChangesNothing() {
    long before = version();

    putAsCreditManager(WordingBody.defaults().label("CLEAR", "").phrase("paused", "on hold"))
        .expectStatus()
        .isEqualTo(422)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("statusLabels.CLEAR");
    putAsCreditManager(WordingBody.defaults().phrase("paused", "on hold"))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'phrases[2].use')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'phrases[3].use')]")
        .exists();
    // a line break never gets past the platform's single-line rule for JSON text: 400 as for any
    // one-line field
    putAsCreditManager(WordingBody.defaults().label("ON_HOLD", "Order\nreview"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .value(field -> assertThat((String) field).contains("ON_HOLD"));
    WordingBody tooMany = WordingBody.defaults();
    for (int i = 0; i < 48; i++) {
      tooMany.phrase("word" + i, "other");
    }
    putAsCreditManager(tooMany)
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("phrases");

    assertThat(version()).isEqualTo(before);
  }

  @Test
  void everyVersionIsPublishedOnTheWordingTopic() {
    long version =
        ((Number)
                putAsCreditManager(WordingBody.defaults().label("APPROACHING", "Heads-up"))
                    .expectStatus()
                    .isOk()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody()
                    .get("version"))
            .longValue();

    CloudEvent<WordingChanged> event = published(version);
    assertThat(event.type()).isEqualTo("notification.wording.changed");
    assertThat(event.subject()).isEqualTo(WordingChanged.KEY);
    assertThat(event.data().statusLabels()).containsEntry("APPROACHING", "Heads-up");
    assertThat(event.data().phrases())
        .contains(new WordingChanged.Phrase("credit hold", "order review"));
    assertThat(event.data().changedBy().name()).isEqualTo("Cora Credit");
    assertThat(event.data().changedAt()).isNotNull();
  }

  @Test
  void theWordingInForceIsPublishedAtStartOnlyWhenTheTopicMayLackIt() {
    // the start published it (or a change since did): nothing to do again
    assertThat(publication.publishIfUnpublished().block()).isFalse();

    db.sql("delete from wording_publication").then().block();
    assertThat(publication.publishIfUnpublished().block()).isTrue();
    assertThat(publication.publishIfUnpublished().block()).isFalse();
    published(version());
  }

  @Test
  void theNextEmailIsWrittenInTheNewWords() throws Exception {
    putAsCreditManager(
            WordingBody.defaults()
                .label("ON_HOLD", "Credit check")
                .phrase("an order review", "a credit check")
                .phrase("days past due", "days overdue"))
        .expectStatus()
        .isOk();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    var rep = new Party("rep-" + suffix, "Rita Rep", "rita-" + suffix + "@example.com");

    HoldEvents.publish(HoldEvents.placed(rep, null));

    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.inbox(rep.email()).size() == 1);
    MimeMessage mail = Mailboxes.inbox(rep.email()).get(0);
    assertThat(mail.getSubject()).isEqualTo("ACME Corp: new orders now go through a credit check");
    assertThat(MailText.of(mail))
        .contains("Status: Credit check")
        .contains("is 70 days overdue")
        .doesNotContain("days past due")
        .doesNotContain("an order review");
  }

  /** Reads the topic from its start until the given version arrives. */
  private static CloudEvent<WordingChanged> published(long version) {
    List<CloudEvent<WordingChanged>> found = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        KafkaClients.consumerFromStart(TestInfrastructure.shared().kafkaBootstrapServers())) {
      consumer.subscribe(List.of(Topics.WORDING));
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInSameThread()
          .pollDelay(Duration.ZERO)
          .untilAsserted(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        r -> {
                          assertThat(r.key()).isEqualTo(WordingChanged.KEY);
                          var event = EventJson.decode(r.value(), WordingChanged.class);
                          if (event.data().version() == version) {
                            found.add(event);
                          }
                        });
                assertThat(found).isNotEmpty();
              });
    }
    return Optional.of(found.get(found.size() - 1)).orElseThrow();
  }
}
