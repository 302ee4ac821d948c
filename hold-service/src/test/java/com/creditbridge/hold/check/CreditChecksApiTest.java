package com.creditbridge.hold.check;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.hold.ServiceTest;
import com.creditbridge.platform.access.PersonHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import tools.jackson.databind.JsonNode;

/**
 * Order credit checks and credit groups over HTTP, against the real Kafka and PostgreSQL: the
 * second-wave worked example of credit-policy.md (limit 10,000.00, group limit 25,000.00).
 */
class CreditChecksApiTest extends ServiceTest {

  /** ACME (6,000.00 invoiced, a 1,500.00 order) and BETA (14,000.00, no limit) in one group. */
  private record WorkedExample(String group, String acme, String beta) {}

  private WorkedExample workedExample() {
    String group = "grp-" + UUID.randomUUID();
    String acme =
        knownAccount(
            account(newAccount())
                .name("ACME")
                .invoice("INV-A", "6000.00", "2026-12-31")
                .order("ORD-A", "1500.00", "2026-05-01")
                .group(group, "25000.00", 1),
            CreditStatus.CLEAR);
    String beta =
        knownAccount(
            account(newAccount())
                .creditLimit(null)
                .invoice("INV-B", "14000.00", "2026-12-31")
                .group(group, "25000.00", 1),
            CreditStatus.CLEAR);
    return new WorkedExample(group, acme, beta);
  }

  @Test
  void theWorkedExamplesChecksApproveReviewAndBlockAreRecordedAndChangeNothingElse() {
    WorkedExample example = workedExample();
    String acme = example.acme();
    JsonNode statusBefore =
        body(web.get().uri("/api/v1/accounts/{id}/credit-status", acme).exchange());
    int timelineBefore = timeline(acme);

    JsonNode approve = body(check(acme, "1000.00", "EUR").expectStatus().isOk());
    assertThat(approve.path("decision").asString()).isEqualTo("approve");
    assertThat(approve.path("reasons").size()).isZero();
    assertThat(approve.path("status").asString()).isEqualTo("CLEAR");
    assertThat(approve.path("exposure").asString()).isEqualTo("7500.00");
    assertThat(approve.path("exposureAfter").asString()).isEqualTo("8500.00");
    assertThat(approve.path("creditLimit").asString()).isEqualTo("10000.00");
    assertThat(approve.path("availableCredit").asString()).isEqualTo("2500.00");
    assertThat(approve.path("groupExposureAfter").asString()).isEqualTo("22500.00");
    assertThat(approve.path("currency").asString()).isEqualTo("EUR");

    clock.advance(Duration.ofSeconds(1));
    JsonNode review = body(check(acme, "1600.00", "EUR").expectStatus().isOk());
    assertThat(review.path("decision").asString()).isEqualTo("review");
    assertThat(codes(review)).containsExactly("CREDIT_LIMIT_NEAR", "GROUP_LIMIT_NEAR");
    assertThat(review.path("exposureAfter").asString()).isEqualTo("9100.00");
    assertThat(review.path("groupExposureAfter").asString()).isEqualTo("23100.00");

    clock.advance(Duration.ofSeconds(1));
    JsonNode block = body(check(acme, "3600.00", "EUR").expectStatus().isOk());
    assertThat(block.path("decision").asString()).isEqualTo("block");
    assertThat(codes(block))
        .containsExactlyInAnyOrder("CREDIT_LIMIT_EXCEEDED", "GROUP_LIMIT_EXCEEDED");
    assertThat(block.path("exposureAfter").asString()).isEqualTo("11100.00");
    assertThat(block.path("groupExposureAfter").asString()).isEqualTo("25100.00");
    assertThat(block.path("reasons").valueStream().map(r -> r.path("message").asString()))
        .anyMatch(
            m ->
                m.startsWith(
                    "This order would take ACME to 11,100.00 EUR of its 10,000.00 EUR limit"));

    JsonNode first = list("accountId=" + acme + "&limit=2");
    assertThat(ids(first))
        .containsExactly(block.path("checkId").asString(), review.path("checkId").asString());
    JsonNode second =
        list("accountId=" + acme + "&limit=2&cursor=" + first.path("nextCursor").asString());
    assertThat(ids(second)).containsExactly(approve.path("checkId").asString());
    assertThat(second.path("nextCursor").isNull()).isTrue();
    assertThat(second.path("items").get(0).path("decision").asString()).isEqualTo("approve");

    assertThat(body(web.get().uri("/api/v1/accounts/{id}/credit-status", acme).exchange()))
        .isEqualTo(statusBefore);
    assertThat(timeline(acme)).isEqualTo(timelineBefore);
    assertThat(settledHoldEventTypes(acme, 0)).isEmpty();
  }

  @Test
  void refusesUnknownAccountsOtherCurrenciesAndInvalidRequests() {
    String acme =
        knownAccount(
            account(newAccount()).invoice("INV-1", "100.00", "2026-12-31"), CreditStatus.CLEAR);

    check(newAccount(), "10.00", "EUR").expectStatus().isNotFound();
    check(acme, "10.00", "USD")
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("currency");
    for (String amount : List.of("0", "-1.00", "1000000000000.01", "1.234")) {
      check(acme, amount, "EUR")
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("amount");
    }
    post(Map.of("accountId", acme, "amount", "10.00", "currency", "EUR", "colour", "red"))
        .expectStatus()
        .isBadRequest();
    post(Map.of("accountId", acme, "amount", true, "currency", "EUR"))
        .expectStatus()
        .isBadRequest();
    post(Map.of("amount", "10.00", "currency", "EUR"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("accountId");
    web.post()
        .uri("/api/v1/credit-checks")
        .header(PersonHeaders.EMAIL, "stranger-" + UUID.randomUUID() + "@example.com")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("accountId", acme, "amount", "10.00", "currency", "EUR"))
        .exchange()
        .expectStatus()
        .isNotFound();
    assertThat(ids(list("accountId=" + acme))).isEmpty();
  }

  @Test
  void aCreditGroupShowsItsExposureStatusAndMembers() {
    WorkedExample example = workedExample();
    JsonNode group =
        body(
            web.get()
                .uri("/api/v1/credit-groups/{id}", example.group())
                .exchange()
                .expectStatus()
                .isOk());
    assertThat(group.path("groupId").asString()).isEqualTo(example.group());
    assertThat(group.path("name").asString()).isEqualTo("Group " + example.group());
    assertThat(group.path("creditLimit").asString()).isEqualTo("25000.00");
    assertThat(group.path("currency").asString()).isEqualTo("EUR");
    assertThat(group.path("exposure").asString()).isEqualTo("21500.00");
    assertThat(group.path("status").asString()).isEqualTo("CLEAR");
    assertThat(group.path("members").valueStream().map(m -> m.path("accountId").asString()))
        .containsExactlyInAnyOrder(example.acme(), example.beta());
    assertThat(
            group
                .path("members")
                .valueStream()
                .filter(m -> m.path("accountId").asString().equals(example.acme()))
                .map(m -> m.path("exposure").asString()))
        .containsExactly("7500.00");

    web.get()
        .uri("/api/v1/credit-groups/{id}", "grp-" + UUID.randomUUID())
        .exchange()
        .expectStatus()
        .isNotFound();
    web.get()
        .uri("/api/v1/credit-groups/{id}", example.group())
        .header(PersonHeaders.EMAIL, "stranger-" + UUID.randomUUID() + "@example.com")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  private ResponseSpec check(String accountId, String amount, String currency) {
    return post(Map.of("accountId", accountId, "amount", amount, "currency", currency));
  }

  private ResponseSpec post(Map<String, Object> body) {
    return web.post()
        .uri("/api/v1/credit-checks")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private JsonNode list(String query) {
    return EventJson.mapper()
        .readTree(
            web.get()
                .uri("/api/v1/credit-checks?" + query)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
  }

  private int timeline(String account) {
    return EventJson.mapper()
        .readTree(
            web.get()
                .uri("/api/v1/accounts/{id}/timeline", account)
                .exchange()
                .expectBody()
                .returnResult()
                .getResponseBody())
        .path("items")
        .size();
  }

  private static List<String> ids(JsonNode page) {
    return page.path("items").valueStream().map(i -> i.path("checkId").asString()).toList();
  }

  private static List<String> codes(JsonNode check) {
    return check.path("reasons").valueStream().map(r -> r.path("code").asString()).toList();
  }

  private static JsonNode body(ResponseSpec response) {
    return EventJson.mapper().readTree(response.expectBody().returnResult().getResponseBody());
  }
}
