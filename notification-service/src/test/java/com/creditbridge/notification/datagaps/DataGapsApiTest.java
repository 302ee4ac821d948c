package com.creditbridge.notification.datagaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.notification.support.AccountSnapshots;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.platform.access.PersonHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The accounts missing information, by analyst, as each person may see them. */
class DataGapsApiTest extends NotificationIntegrationTest {

  private String s;
  private String analyst;

  @BeforeEach
  void accountsOfOneAnalyst() {
    s = UUID.randomUUID().toString().substring(0, 8);
    analyst = "an-" + s;
    AccountSnapshots.account("gap-a-" + s)
        .rep("rep-a", "ann-" + s + "@example.com")
        .analyst(analyst, "carl-" + s + "@example.com")
        .publish();
    AccountSnapshots.account("gap-b-" + s)
        .rep("rep-b", "gone-" + s + "@example.com")
        .analyst(analyst, "carl-" + s + "@example.com")
        .manager("mia-" + s + "@example.com")
        .publish();
    AccountSnapshots.account("gap-c-" + s)
        .rep("rep-c", "cat-" + s + "@example.com")
        .analyst(analyst, "carl-" + s + "@example.com")
        .manager("mia-" + s + "@example.com")
        .publish();
    AccountSnapshots.account("gap-d-" + s)
        .rep("rep-d", "dan-" + s + "@example.com")
        .analyst("other-" + s, "olga-" + s + "@example.com")
        .manager("mia-" + s + "@example.com")
        .noLimit()
        .noSegment()
        .publish();
    db.sql("insert into refused_address (email, reason, refused_at) values (:e, '550', :at)")
        .bind("e", "gone-" + s + "@example.com")
        .bind("at", Instant.parse("2026-05-10T08:00:00Z"))
        .then()
        .block();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count(
                        "select count(*) from account_profile where account_id like :p",
                        Map.of("p", "gap-%-" + s))
                    == 4);
  }

  @Test
  void anAnalystsAccountsAreListedWithWhatIsMissing() {
    List<Map<?, ?>> items = gaps("?creditAnalystId=" + analyst, null);

    assertThat(items)
        .containsExactly(
            Map.of(
                "accountId", "gap-a-" + s,
                "accountName", "Acme gap-a-" + s,
                "missing", List.of("salesManager")),
            Map.of(
                "accountId", "gap-b-" + s,
                "accountName", "Acme gap-b-" + s,
                "missing", List.of("salesRepEmail")));
  }

  @Test
  void anotherAnalystsAccountShowsItsOwnGaps() {
    assertThat(gaps("?creditAnalystId=other-" + s, null))
        .extracting(i -> (Object) i.get("missing"))
        .containsExactly(List.of("creditLimit", "segment"));
  }

  @Test
  void aSalesRepSeesOnlyTheGapsOfAccountsNamingThem() {
    assertThat(gaps("?creditAnalystId=" + analyst, "ann-" + s + "@example.com"))
        .extracting(i -> (Object) i.get("accountId"))
        .containsExactly("gap-a-" + s);
    assertThat(gaps("?creditAnalystId=other-" + s, "ann-" + s + "@example.com")).isEmpty();
  }

  @Test
  void aMalformedAnalystIdIsAClearBadRequest() {
    http.get()
        .uri("/api/v1/data-gaps?creditAnalystId=not an id!")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType("application/problem+json")
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("creditAnalystId");
  }

  private List<Map<?, ?>> gaps(String query, String personEmail) {
    var request = http.get().uri("/api/v1/data-gaps" + query);
    if (personEmail != null) {
      request = request.header(PersonHeaders.EMAIL, personEmail);
    }
    Map<?, ?> page =
        request
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    @SuppressWarnings("unchecked")
    List<Map<?, ?>> items = (List<Map<?, ?>>) page.get("items");
    return items;
  }
}
