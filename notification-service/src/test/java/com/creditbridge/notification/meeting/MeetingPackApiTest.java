package com.creditbridge.notification.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.PaymentBehaviourSummary.Trend;
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

/** A sales team's meeting pack: at-risk order, recent credit work, visit suggestions. */
class MeetingPackApiTest extends NotificationIntegrationTest {

  private String s;
  private String manager;

  @BeforeEach
  void aTeamWithHeldApproachingAndSlowPayingAccounts() {
    s = UUID.randomUUID().toString().substring(0, 8);
    manager = "mia-" + s + "@example.com";
    Instant now = clock.instant();
    status("mp-approaching-" + s, "APPROACHING", "2026-06-01", "800.00", now.minusSeconds(3600));
    status("mp-held-" + s, "ON_HOLD", null, "300.00", now.minus(Duration.ofDays(40)));
    status("mp-clear-" + s, "CLEAR", null, "0.00", now);
    db.sql(
            "insert into account_note (note_id, account_id, author, text, created_at)"
                + " values (:id, :a, 'Carl', 'Called the customer', :at)")
        .bind("id", "n-" + s)
        .bind("a", "mp-held-" + s)
        .bind("at", now.minus(Duration.ofDays(2)))
        .then()
        .block();
    AccountSnapshots.account("mp-held-" + s)
        .rep("rep-" + s, "rita-" + s + "@example.com")
        .manager(manager)
        .owing("300.00", "300.00")
        .publish();
    AccountSnapshots.account("mp-approaching-" + s)
        .manager(manager)
        .owing("800.00", "0.00")
        .trend(Trend.WORSENING)
        .publish();
    AccountSnapshots.account("mp-clear-" + s).manager(manager).owing("50.00", "0.00").publish();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count(
                        "select count(*) from account_profile where account_id like :p",
                        Map.of("p", "mp-%-" + s))
                    == 3);
  }

  @Test
  void heldFirstWithRecentCreditWorkAndSuggestionsByExposure() {
    Map<?, ?> pack = pack("salesManagerEmail=" + manager.toUpperCase(), null);

    List<?> accounts = (List<?>) pack.get("accounts");
    assertThat(accounts)
        .extracting(a -> (Object) ((Map<?, ?>) a).get("accountId"))
        .containsExactly("mp-held-" + s, "mp-approaching-" + s);
    Map<?, ?> held = (Map<?, ?>) accounts.get(0);
    assertThat((List<?>) held.get("timeline"))
        .extracting(e -> (Object) ((Map<?, ?>) e).get("text"))
        .containsExactly("Carl: Called the customer"); // the hold itself is 40 days old
    Map<?, ?> approaching = (Map<?, ?>) accounts.get(1);
    assertThat(approaching.get("paymentTrend")).isEqualTo("worsening");
    assertThat((List<?>) approaching.get("timeline"))
        .extracting(e -> (Object) ((Map<?, ?>) e).get("kind"))
        .containsExactly("status");
    assertThat((List<?>) pack.get("openReviewRequests")).isEmpty();
    assertThat((List<?>) pack.get("meetTogether"))
        .extracting(a -> (Object) ((Map<?, ?>) a).get("accountId"))
        .containsExactly("mp-approaching-" + s, "mp-held-" + s);
  }

  @Test
  void aRepSeesOnlyTheAccountsNamingThem() {
    Map<?, ?> pack = pack("salesManagerEmail=" + manager, "rita-" + s + "@example.com");

    assertThat((List<?>) pack.get("accounts"))
        .extracting(a -> (Object) ((Map<?, ?>) a).get("accountId"))
        .containsExactly("mp-held-" + s);
  }

  @Test
  void bothOrNeitherTeamParameterIsAClearBadRequest() {
    for (String query : List.of("", "?salesManagerEmail=" + manager + "&salesRepId=rep-1")) {
      http.get()
          .uri("/api/v1/meeting-pack" + query)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentType("application/problem+json");
    }
    http.get()
        .uri("/api/v1/meeting-pack?salesRepId=not an id!")
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  private Map<?, ?> pack(String query, String personEmail) {
    var request = http.get().uri("/api/v1/meeting-pack?" + query);
    if (personEmail != null) {
      request = request.header(PersonHeaders.EMAIL, personEmail);
    }
    return request
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  private void status(
      String accountId, String status, String projected, String exposure, Instant at) {
    String data =
        """
        {"data": {"accountId": "%s", "accountName": "Acme %s", "status": "%s",
          "projectedHoldOn": %s, "exposure": "%s", "currency": "EUR"}}
        """
            .formatted(
                accountId,
                accountId,
                status,
                projected == null ? "null" : "\"" + projected + "\"",
                exposure);
    db.sql(
            """
            insert into account_status (account_id, status, sales_rep_key, sales_rep_email,
              sales_manager_email, data, occurred_at, updated_at)
            values (:a, :s, :rep, :repEmail, :m, :d, :at, :at)
            """)
        .bind("a", accountId)
        .bind("s", status)
        .bind("rep", "rep-" + s)
        .bind("repEmail", accountId.startsWith("mp-held") ? "rita-" + s + "@example.com" : "x@x")
        .bind("m", manager)
        .bind("d", data)
        .bind("at", at)
        .then()
        .block();
  }
}
