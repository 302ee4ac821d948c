package com.creditbridge.hold.status;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.hold.ServiceTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/credit-status: the at-risk list for a sales meeting. */
class AtRiskListTest extends ServiceTest {

  @Test
  void listsOnHoldFirstThenByProjectedHoldDateThenByExposureAcrossPages() {
    String rep = "rep-" + UUID.randomUUID();
    String smallHold =
        knownAccount(
            account(newAccount()).salesRep(rep).invoice("I", "800.00", "2026-03-01"),
            CreditStatus.ON_HOLD);
    String bigHold =
        knownAccount(
            account(newAccount()).salesRep(rep).invoice("I", "5000.00", "2026-03-01"),
            CreditStatus.ON_HOLD);
    String laterHold =
        knownAccount(
            account(newAccount()).salesRep(rep).invoice("I", "300.00", "2026-03-10"),
            CreditStatus.APPROACHING);
    String soonerHold =
        knownAccount(
            account(newAccount()).salesRep(rep).invoice("I", "300.00", "2026-03-08"),
            CreditStatus.APPROACHING);
    String nearLimit =
        knownAccount(
            account(newAccount())
                .salesRep(rep)
                .creditLimit("1000.00")
                .invoice("I", "950.00", "2026-06-30"),
            CreditStatus.APPROACHING);
    knownAccount(account(newAccount()).salesRep(rep), CreditStatus.CLEAR);

    JsonNode first = list("?salesRepId=" + rep + "&limit=2");
    JsonNode second = list("?salesRepId=" + rep + "&limit=2&cursor=" + cursor(first));
    JsonNode third = list("?salesRepId=" + rep + "&limit=2&cursor=" + cursor(second));

    assertThat(ids(first)).containsExactly(bigHold, smallHold);
    assertThat(ids(second)).containsExactly(soonerHold, laterHold);
    assertThat(ids(third)).containsExactly(nearLimit);
    assertThat(third.path("nextCursor").isNull()).isTrue();
    assertThat(ids(list("?status=ON_HOLD&salesRepId=" + rep))).containsExactly(bigHold, smallHold);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"status=SOMETIMES", "limit=0", "limit=501", "cursor=%%%", "salesRepId=bad id"})
  void rejectsAQueryItCannotAnswer(String query) {
    web.get()
        .uri("/api/v1/credit-status?" + query)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(query.substring(0, query.indexOf('=')));
  }

  private JsonNode list(String query) {
    byte[] body =
        web.get()
            .uri("/api/v1/credit-status" + query)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return EventJson.mapper().readTree(body);
  }

  private static String cursor(JsonNode page) {
    return page.path("nextCursor").asString();
  }

  private static List<String> ids(JsonNode page) {
    return page.path("items").valueStream().map(item -> item.path("accountId").asString()).toList();
  }
}
