package com.creditbridge.hold.action;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.NoteAdded;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.ServiceTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** Manual holds, overrides, promises and notes through the HTTP API. */
class ActionsApiTest extends ServiceTest {

  @Test
  void placesAManualHoldAndEndsIt() {
    String account = knownAccount(account(newAccount()), CreditStatus.CLEAR);

    post(account, "holds", Map.of("reason", "Bankruptcy filing", "placedBy", "Carla"))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.holdId")
        .exists()
        .jsonPath("$.placedBy")
        .isEqualTo("Carla");
    awaitStatus(account, CreditStatus.ON_HOLD)
        .jsonPath("$.reasons[0].code")
        .isEqualTo("MANUAL_HOLD")
        .jsonPath("$.reasons[0].message")
        .isEqualTo("Order review placed by hand by Carla: Bankruptcy filing")
        .jsonPath("$.manualHold.placedBy")
        .isEqualTo("Carla")
        .jsonPath("$.cureAmount")
        .isEmpty();
    post(account, "holds", Map.of("reason", "again", "placedBy", "Carla"))
        .expectStatus()
        .isEqualTo(409);

    web.delete()
        .uri("/api/v1/accounts/{id}/holds?endedBy=Carla&reason=Cleared", account)
        .exchange()
        .expectStatus()
        .isNoContent();
    awaitStatus(account, CreditStatus.CLEAR).jsonPath("$.manualHold").isEmpty();
    assertThat(settledHoldEventTypes(account, 2))
        .containsExactly("credit.hold.placed", "credit.hold.released");
    web.delete()
        .uri("/api/v1/accounts/{id}/holds", account)
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void releasesAnAccountOnHoldWithAnOverrideUntilItIsEndedEarly() {
    String account =
        knownAccount(
            account(newAccount()).invoice("INV-1", "800.00", "2026-03-01"), CreditStatus.ON_HOLD);

    post(
            account,
            "overrides",
            Map.of("reason", "Strategic customer", "approvedBy", "Carla", "until", "2026-06-04"))
        .expectStatus()
        .isCreated();
    awaitStatus(account, CreditStatus.CLEAR)
        .jsonPath("$.reasons[0].code")
        .isEqualTo("PAST_DUE")
        .jsonPath("$.reasons[1].code")
        .isEqualTo("OVERRIDE")
        .jsonPath("$.override.approvedBy")
        .isEqualTo("Carla");

    web.delete()
        .uri("/api/v1/accounts/{id}/overrides", account)
        .exchange()
        .expectStatus()
        .isNoContent();
    awaitStatus(account, CreditStatus.ON_HOLD);
    web.delete()
        .uri("/api/v1/accounts/{id}/overrides", account)
        .exchange()
        .expectStatus()
        .isEqualTo(409);
    assertThat(settledHoldEventTypes(account, 3))
        .containsExactly("credit.hold.placed", "credit.hold.released", "credit.hold.placed");
  }

  @Test
  void defersAHoldWithAPromiseAndClosesItOnceThePaymentArrives() {
    String id = newAccount();
    String account =
        knownAccount(
            account(id).receivedTotal("100.00").invoice("INV-1", "500.00", "2026-03-01"),
            CreditStatus.ON_HOLD);

    post(
            account,
            "promises",
            Map.of("amount", 500, "promisedOn", "2026-05-08", "recordedBy", "Paula", "note", "CFO"))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.amount")
        .isEqualTo("500.00")
        .jsonPath("$.graceEndsOn")
        .isEqualTo("2026-05-10")
        .jsonPath("$.state")
        .isEqualTo("OPEN");
    awaitStatus(account, CreditStatus.APPROACHING)
        .jsonPath("$.promise.amount")
        .isEqualTo("500.00")
        .jsonPath("$.promise.paidSoFar")
        .isEqualTo("0.00");

    // the customer pays: the snapshot's running total grows by the promised amount
    kafka().publishSnapshot(account(id).version(2).receivedTotal("600.00").build());

    awaitStatus(account, CreditStatus.CLEAR).jsonPath("$.promise").isEmpty();
    timeline(account)
        .jsonPath("$.items[?(@.kind == 'promise.kept')]")
        .exists()
        .jsonPath("$.items[?(@.kind == 'promise.recorded')].actor")
        .isEqualTo("Paula");
  }

  @Test
  void addsANoteToTheTimelineAndAnnouncesIt() {
    String account = knownAccount(account(newAccount()), CreditStatus.CLEAR);

    post(account, "notes", Map.of("author", "Paula", "text", "Customer moved to a new ERP"))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.noteId")
        .exists();

    timeline(account)
        .jsonPath("$.items[0].kind")
        .isEqualTo("note")
        .jsonPath("$.items[0].actor")
        .isEqualTo("Paula")
        .jsonPath("$.items[0].summary")
        .isEqualTo("Customer moved to a new ERP");
    await()
        .atMost(TIMEOUT)
        .until(
            () -> !kafka().eventsFor(Topics.ACCOUNT_ACTIVITY, account, NoteAdded.class).isEmpty());
    List<CloudEvent<NoteAdded>> notes =
        kafka().eventsFor(Topics.ACCOUNT_ACTIVITY, account, NoteAdded.class).stream()
            .filter(event -> event.type().equals("credit.note.added"))
            .toList();
    assertThat(notes)
        .singleElement()
        .satisfies(n -> assertThat(n.data().author()).isEqualTo("Paula"));
  }

  @Test
  void aNoteSentAgainWithTheSameIdempotencyKeyIsTheSameNote() {
    String account = knownAccount(account(newAccount()), CreditStatus.CLEAR);
    // as long as a reply may be (contract.md: at most 4,000 characters)
    Map<String, String> body = Map.of("author", "Rita", "text", "Paid. ".repeat(666) + "Done");

    String first = noteWithKey(account, "reply-1", body);
    String again = noteWithKey(account, "reply-1", body);
    String other = noteWithKey(account, "reply-2", body);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(notesOnTimeline(account)).isEqualTo(2);
    web.post()
        .uri("/api/v1/accounts/{id}/notes", account)
        .header("Idempotency-Key", "no spaces allowed")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("Idempotency-Key");
    assertThat(notesOnTimeline(account)).isEqualTo(2);
  }

  private String noteWithKey(String account, String key, Map<String, String> body) {
    byte[] answer =
        web.post()
            .uri("/api/v1/accounts/{id}/notes", account)
            .header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body)
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return EventJson.mapper().readTree(answer).path("noteId").asString();
  }

  private long notesOnTimeline(String account) {
    byte[] body =
        web.get()
            .uri("/api/v1/accounts/" + account + "/timeline")
            .exchange()
            .expectBody()
            .returnResult()
            .getResponseBody();
    var items = EventJson.mapper().readTree(body).path("items");
    long notes = 0;
    for (var item : items) {
      if (item.path("kind").asString().equals("note")) {
        notes++;
      }
    }
    return notes;
  }

  @Test
  void pagesTheTimelineNewestFirst() {
    String account = knownAccount(account(newAccount()), CreditStatus.CLEAR);
    for (int i = 1; i <= 3; i++) {
      post(account, "notes", Map.of("author", "Paula", "text", "note " + i))
          .expectStatus()
          .isCreated();
    }

    timeline(account, "?limit=2")
        .jsonPath("$.items.length()")
        .isEqualTo(2)
        .jsonPath("$.items[0].summary")
        .isEqualTo("note 3")
        .jsonPath("$.nextCursor")
        .isNotEmpty();
    String cursor = nextCursor(account, "?limit=2");
    timeline(account, "?limit=2&cursor=" + cursor)
        .jsonPath("$.items[0].summary")
        .isEqualTo("note 1")
        .jsonPath("$.items[1].kind")
        .isEqualTo("decision")
        .jsonPath("$.items[1].detail.policyVersion")
        .exists()
        .jsonPath("$.items[1].detail.trigger")
        .isEqualTo("snapshot");
  }

  @Test
  void answersNotFoundForAnAccountItHasNeverSeen() {
    String unknown = newAccount();
    post(unknown, "holds", Map.of("reason", "r", "placedBy", "p")).expectStatus().isNotFound();
    post(unknown, "notes", Map.of("author", "a", "text", "t")).expectStatus().isNotFound();
    post(unknown, "promises", Map.of("amount", "1", "promisedOn", "2026-05-06", "recordedBy", "p"))
        .expectStatus()
        .isNotFound();
    post(unknown, "overrides", Map.of("reason", "r", "approvedBy", "a", "until", "2026-05-06"))
        .expectStatus()
        .isNotFound();
    web.delete().uri("/api/v1/accounts/{id}/holds", unknown).exchange().expectStatus().isNotFound();
    web.get().uri("/api/v1/accounts/{id}/timeline", unknown).exchange().expectStatus().isNotFound();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "amount=0",
        "amount=-5",
        "amount=10.001",
        "amount=",
        "promisedOn=2026-05-04",
        "promisedOn=2026-06-05",
        "promisedOn=",
        "recordedBy=",
        "recordedBy=" + "x201",
        "note=" + "x2001",
      })
  void rejectsAPromiseThatBreaksARule(String change) {
    String account = knownAccount(account(newAccount()), CreditStatus.CLEAR);
    Map<String, Object> body =
        new HashMap<>(Map.of("amount", "10.00", "promisedOn", "2026-05-06", "recordedBy", "Paula"));
    String field = apply(body, change);

    post(account, "promises", body)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(field);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"until=2026-05-04", "until=2026-06-05", "until=", "approvedBy=", "reason="})
  void rejectsAnOverrideThatBreaksARule(String change) {
    String account = knownAccount(account(newAccount()), CreditStatus.CLEAR);
    Map<String, Object> body =
        new HashMap<>(Map.of("reason", "CEO call", "approvedBy", "Carla", "until", "2026-06-04"));
    String field = apply(body, change);

    post(account, "overrides", body)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(field);
  }

  @Test
  void rejectsMissingWhoAndWhy() {
    String account = knownAccount(account(newAccount()), CreditStatus.CLEAR);

    post(account, "holds", Map.of())
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[*].field")
        .isEqualTo(List.of("reason", "placedBy"));
    post(account, "notes", Map.of("author", "a", "text", "x".repeat(4001)))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("text");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "{\"amount\": \"abc\", \"promisedOn\": \"2026-05-06\", \"recordedBy\": \"p\"}",
        "{\"amount\": \"1\", \"promisedOn\": \"6 May\", \"recordedBy\": \"p\"}",
        "[1, 2]",
      })
  void answersAProblemForABodyItCannotRead(String body) {
    String account = knownAccount(account(newAccount()), CreditStatus.CLEAR);

    web.post()
        .uri("/api/v1/accounts/{id}/promises", account)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void rejectsAnAccountIdThatCannotExist() {
    post("bad id!", "notes", Map.of("author", "a", "text", "t"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("accountId");
  }

  /** Applies {@code field=value} ({@code x201}: 201 characters) and returns the field. */
  private static String apply(Map<String, Object> body, String change) {
    String[] parts = change.split("=", 2);
    String value = parts[1];
    if (value.isEmpty()) {
      body.remove(parts[0]);
    } else if (value.matches("x\\d+")) {
      body.put(parts[0], "x".repeat(Integer.parseInt(value.substring(1))));
    } else {
      body.put(parts[0], value);
    }
    return parts[0];
  }

  private ResponseSpec post(String account, String path, Object body) {
    return web.post()
        .uri("/api/v1/accounts/{id}/" + path, account)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private BodyContentSpec timeline(String account) {
    return timeline(account, "");
  }

  private BodyContentSpec timeline(String account, String query) {
    return web.get()
        .uri("/api/v1/accounts/" + account + "/timeline" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  private String nextCursor(String account, String query) {
    byte[] body =
        web.get()
            .uri("/api/v1/accounts/" + account + "/timeline" + query)
            .exchange()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return EventJson.mapper().readTree(body).path("nextCursor").asString();
  }
}
