package com.creditbridge.hold.action;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.ReviewRequestData;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.ServiceTest;
import com.creditbridge.platform.access.PersonHeaders;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import tools.jackson.databind.JsonNode;

/** Review requests through the HTTP API, against the real PostgreSQL and Kafka. */
class ReviewRequestsApiTest extends ServiceTest {

  private static final Map<String, Object> RITA = Map.of("name", "Rita Rep", "email", "rita@x.com");
  private static final Map<String, Object> CARL = Map.of("name", "Carl", "email", "carl@x.com");
  private static final Map<String, Object> SAM = Map.of("name", "Sam", "email", "sam@x.com");

  @Test
  void aBigAccountIsReleasedOnceCreditAndTheSalesManagerBothApprove() {
    String account =
        knownAccount(
            account(newAccount())
                .salesManager("sam@x.com")
                .invoice("INV-1", "150000.00", "2026-03-01"),
            CreditStatus.ON_HOLD);

    JsonNode asked =
        json(ask(account, request("Paid by wire today", "2026-05-20")).expectStatus().isCreated());
    assertThat(asked.path("status").asString()).isEqualTo("open");
    assertThat(asked.path("approvalsNeeded").asInt()).isEqualTo(2);
    String id = asked.path("id").asString();
    ask(account, request("again", null)).expectStatus().isEqualTo(409);

    JsonNode half = json(decide(id, "approve", CARL, "fine by credit").expectStatus().isOk());
    assertThat(half.path("status").asString()).isEqualTo("open");
    assertThat(half.path("approvals").get(0).path("role").asString()).isEqualTo("credit");
    decide(id, "approve", CARL, "twice").expectStatus().isForbidden();
    assertThat(currentStatus(account)).isEqualTo("ON_HOLD");

    JsonNode approved = json(decide(id, "approve", SAM, "agreed").expectStatus().isOk());
    assertThat(approved.path("status").asString()).isEqualTo("approved");
    awaitStatus(account, CreditStatus.CLEAR)
        .jsonPath("$.override.reason")
        .isEqualTo("Approved review request " + id + ": Paid by wire today")
        .jsonPath("$.override.until")
        .isEqualTo("2026-05-20");
    decide(id, "decline", CARL, "too late").expectStatus().isEqualTo(409);

    assertThat(reviewEventTypes(account, 2))
        .containsExactly("credit.review.requested", "credit.review.decided");
    CloudEvent<ReviewRequestData> decided = reviewEvents(account).get(1);
    assertThat(decided.data().status()).isEqualTo("approved");
    assertThat(decided.data().approvals()).hasSize(2);
    web.get()
        .uri("/api/v1/accounts/{id}/timeline", account)
        .exchange()
        .expectBody()
        .jsonPath("$.items[?(@.kind == 'review.requested')]")
        .exists()
        .jsonPath("$.items[?(@.kind == 'review.approved')].actor")
        .value(actors -> assertThat(actors.toString()).contains("Carl", "Sam"));
  }

  @Test
  void aCrmKeyWithSalesWriteDecidesOnlyAsTheAccountsSalesManager() {
    String account =
        knownAccount(
            account(newAccount())
                .salesManager("sam@x.com")
                .invoice("INV-1", "150000.00", "2026-03-01"),
            CreditStatus.ON_HOLD);
    String id =
        json(web.post()
                .uri("/api/v1/accounts/{id}/review-requests", account)
                .header(PersonHeaders.KEY_SCOPES, "sales:write")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request("Paid by wire today", "2026-05-20"))
                .exchange()
                .expectStatus()
                .isCreated())
            .path("id")
            .asString();

    // naming a credit person does not make a sales key credit
    decideWithKey(id, "sales:write", "approve", CARL, "as credit?")
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(detail -> assertThat(detail.toString()).contains("sales manager"));
    decideWithKey(id, "sales:write", "decline", CARL, "no").expectStatus().isForbidden();
    JsonNode unchanged = review(id);
    assertThat(unchanged.path("status").asString()).isEqualTo("open");
    assertThat(unchanged.path("approvals").size()).isZero();
    assertThat(currentStatus(account)).isEqualTo("ON_HOLD");

    JsonNode bySam =
        json(
            decideWithKey(id, "credit:read,sales:write", "approve", SAM, "agreed")
                .expectStatus()
                .isOk());
    assertThat(bySam.path("approvals").get(0).path("role").asString()).isEqualTo("sales-manager");
    assertThat(bySam.path("status").asString()).isEqualTo("open");

    JsonNode approved =
        json(decideWithKey(id, "credit:write", "approve", CARL, "fine").expectStatus().isOk());
    assertThat(approved.path("status").asString()).isEqualTo("approved");
    awaitStatus(account, CreditStatus.CLEAR);
  }

  @Test
  void malformedKeyScopesAreRefusedAndChangeNothing() {
    String account =
        knownAccount(
            account(newAccount()).invoice("INV-1", "800.00", "2026-03-01"), CreditStatus.ON_HOLD);
    String id =
        json(ask(account, request("Please", "2026-05-20")).expectStatus().isCreated())
            .path("id")
            .asString();

    decideWithKey(id, "credit:write;admin", "approve", CARL, "ok")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(PersonHeaders.KEY_SCOPES);

    assertThat(review(id).path("status").asString()).isEqualTo("open");
    assertThat(currentStatus(account)).isEqualTo("ON_HOLD");
  }

  @Test
  void aDeclineEndsTheRequestAndLeavesTheAccountOnHold() {
    String account =
        knownAccount(
            account(newAccount()).invoice("INV-1", "800.00", "2026-03-01"), CreditStatus.ON_HOLD);
    String id =
        json(ask(account, request("Please", "2026-05-20")).expectStatus().isCreated())
            .path("id")
            .asString();

    decide(id, "decline", CARL, null)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("comment");
    JsonNode declined =
        json(decide(id, "decline", CARL, "Two invoices still open").expectStatus().isOk());

    assertThat(declined.path("status").asString()).isEqualTo("declined");
    assertThat(declined.path("decline").path("by").path("name").asString()).isEqualTo("Carl");
    assertThat(reviewEventTypes(account, 2))
        .containsExactly("credit.review.requested", "credit.review.decided");
    assertThat(currentStatus(account)).isEqualTo("ON_HOLD");
    assertThat(listed("?status=decided&accountId=" + account)).containsExactly(id);
    assertThat(listed("?status=open&accountId=" + account)).isEmpty();
    // a new request may follow a decided one
    ask(account, request("New facts", null)).expectStatus().isCreated();
  }

  @Test
  void theRequestingRepCanNeverDecideTheirOwnRequest() {
    String account =
        knownAccount(
            account(newAccount())
                .salesRepEmail("rita@x.com")
                .invoice("INV-1", "800.00", "2026-03-01"),
            CreditStatus.ON_HOLD);
    String id =
        json(web.post()
                .uri("/api/v1/accounts/{id}/review-requests", account)
                .header(PersonHeaders.EMAIL, "rita@x.com")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "Customer paid", "proposedUntil", "2026-05-20"))
                .exchange()
                .expectStatus()
                .isCreated())
            .path("id")
            .asString();

    decide(id, "approve", RITA, "me").expectStatus().isForbidden();
    web.post()
        .uri("/api/v1/review-requests/{id}/decisions", id)
        .header(PersonHeaders.EMAIL, "rita@x.com")
        .header(PersonHeaders.ROLES, "credit-analyst")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("decision", "approve"))
        .exchange()
        .expectStatus()
        .isForbidden();
    // a sales rep who is not on the account does not even see the request
    web.get()
        .uri("/api/v1/review-requests/{id}", id)
        .header(PersonHeaders.EMAIL, "stranger@x.com")
        .exchange()
        .expectStatus()
        .isNotFound();

    JsonNode unchanged =
        json(web.get().uri("/api/v1/review-requests/{id}", id).exchange().expectStatus().isOk());
    assertThat(unchanged.path("status").asString()).isEqualTo("open");
    assertThat(unchanged.path("approvals").size()).isZero();
    assertThat(unchanged.path("requestedBy").path("email").asString()).isEqualTo("rita@x.com");
    assertThat(currentStatus(account)).isEqualTo("ON_HOLD");
  }

  @Test
  void aRequestNobodyDecidesGoesToTheCreditManagersOnceAfterReviewRequestHours() {
    String account =
        knownAccount(
            account(newAccount()).invoice("INV-1", "800.00", "2026-03-01"), CreditStatus.ON_HOLD);
    String id =
        json(ask(account, request("Please look", null)).expectStatus().isCreated())
            .path("id")
            .asString();

    clock.advance(Duration.ofHours(47));
    await()
        .during(Duration.ofMillis(800))
        .atMost(TIMEOUT)
        .until(() -> !review(id).path("escalated").asBoolean());

    clock.advance(Duration.ofHours(2));
    await().atMost(TIMEOUT).until(() -> review(id).path("escalated").asBoolean());
    assertThat(reviewEventTypes(account, 2))
        .containsExactly("credit.review.requested", "credit.review.escalated");
    assertThat(reviewEvents(account).get(1).data().escalated()).isTrue();

    clock.advance(Duration.ofHours(72));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(TIMEOUT)
        .until(() -> reviewEvents(account).size() == 2);
    assertThat(review(id).path("status").asString()).isEqualTo("open");
  }

  @Test
  void aPromiseInTheRequestIsRecordedAsAPromiseToPay() {
    String account =
        knownAccount(
            account(newAccount()).invoice("INV-1", "500.00", "2026-03-01"), CreditStatus.ON_HOLD);
    Map<String, Object> body = request("Will pay Friday", null);
    body.put("promise", Map.of("amount", "500.00", "promisedOn", "2026-05-08"));

    ask(account, body).expectStatus().isCreated();

    awaitStatus(account, CreditStatus.APPROACHING).jsonPath("$.promise.amount").isEqualTo("500.00");
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    String account =
        knownAccount(
            account(newAccount()).invoice("INV-1", "500.00", "2026-03-01"), CreditStatus.ON_HOLD);
    Map<String, Object> badPromise = request("Will pay", null);
    badPromise.put("promise", Map.of("amount", "500.00", "promisedOn", "2026-09-01"));

    ask(account, badPromise)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("promise.promisedOn");
    ask(account, Map.of("requestedBy", RITA))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("reason");
    ask(account, request("too far", "2026-07-01")).expectStatus().isBadRequest();
    ask(newAccount(), request("who?", null)).expectStatus().isNotFound();
    decide("3f8e0c2a-1b2c-4d5e-8f90-123456789abc", "approve", CARL, null)
        .expectStatus()
        .isNotFound();
    web.get()
        .uri("/api/v1/review-requests?status=pending")
        .exchange()
        .expectStatus()
        .isBadRequest();

    assertThat(listed("?status=all&accountId=" + account)).isEmpty();
    assertThat(currentStatus(account)).isEqualTo("ON_HOLD");
    web.get()
        .uri("/api/v1/accounts/{id}/credit-status", account)
        .exchange()
        .expectBody()
        .jsonPath("$.promise")
        .isEmpty();
  }

  private static Map<String, Object> request(String reason, String proposedUntil) {
    Map<String, Object> body = new HashMap<>();
    body.put("reason", reason);
    body.put("requestedBy", RITA);
    if (proposedUntil != null) {
      body.put("proposedUntil", proposedUntil);
    }
    return body;
  }

  private ResponseSpec ask(String account, Object body) {
    return web.post()
        .uri("/api/v1/accounts/{id}/review-requests", account)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private ResponseSpec decide(String id, String decision, Map<String, Object> by, String comment) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("decidedBy", by);
    if (comment != null) {
      body.put("comment", comment);
    }
    return web.post()
        .uri("/api/v1/review-requests/{id}/decisions", id)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  /** A decision by an API client whose key holds {@code scopes}, as the gateway says them. */
  private ResponseSpec decideWithKey(
      String id, String scopes, String decision, Map<String, Object> by, String comment) {
    return web.post()
        .uri("/api/v1/review-requests/{id}/decisions", id)
        .header(PersonHeaders.KEY_SCOPES, scopes)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("decision", decision, "decidedBy", by, "comment", comment))
        .exchange();
  }

  private JsonNode review(String id) {
    return json(web.get().uri("/api/v1/review-requests/{id}", id).exchange().expectStatus().isOk());
  }

  private List<String> listed(String query) {
    JsonNode page =
        json(web.get().uri("/api/v1/review-requests" + query).exchange().expectStatus().isOk());
    return page.path("items").valueStream().map(item -> item.path("id").asString()).toList();
  }

  private static JsonNode json(ResponseSpec response) {
    return EventJson.mapper().readTree(response.expectBody().returnResult().getResponseBody());
  }

  /** The review events among the account's hold events (whose data is not a review's). */
  private static List<CloudEvent<ReviewRequestData>> reviewEvents(String account) {
    return kafka().eventsFor(Topics.HOLD_EVENTS, account, JsonNode.class).stream()
        .filter(event -> event.type().startsWith("credit.review."))
        .map(
            event ->
                new CloudEvent<>(
                    event.specVersion(),
                    event.id(),
                    event.source(),
                    event.type(),
                    event.subject(),
                    event.time(),
                    event.dataContentType(),
                    EventJson.mapper().treeToValue(event.data(), ReviewRequestData.class)))
        .toList();
  }

  private static List<String> reviewEventTypes(String account, int count) {
    await().atMost(TIMEOUT).until(() -> reviewEvents(account).size() >= count);
    return reviewEvents(account).stream().map(CloudEvent::type).toList();
  }
}
