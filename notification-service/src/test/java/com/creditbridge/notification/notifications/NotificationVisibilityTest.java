package com.creditbridge.notification.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.support.AccountActivityEvents;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.platform.access.PersonHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A signed-in person lists only the messages about accounts naming them. */
class NotificationVisibilityTest extends NotificationIntegrationTest {

  private String s;
  private CloudEvent<HoldEventData> ritas;
  private CloudEvent<HoldEventData> others;

  @BeforeEach
  void twoAccountsWithEmails() {
    s = UUID.randomUUID().toString().substring(0, 8);
    ritas =
        HoldEvents.placed(
            new Party("rep-" + s, "Rita Rep", "Rita-" + s + "@Example.com"),
            new Party("an-" + s, "Carl Credit", "carl-" + s + "@example.com"));
    others =
        HoldEvents.placed(
            new Party("rep2-" + s, "Otto Rep", "otto-" + s + "@example.com"),
            new Party("an2-" + s, "Cleo Credit", "cleo-" + s + "@example.com"));
    for (CloudEvent<HoldEventData> event : List.of(ritas, others)) {
      AccountActivityEvents.statusUpdated(event.data(), Instant.parse("2026-05-10T08:00:00Z"));
      HoldEvents.publish(event);
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                            "select count(*) from email where account_id in (:a, :b)",
                            Map.of("a", ritas.subject(), "b", others.subject()))
                        == 4
                    && count(
                            "select count(*) from account_status"
                                + " where account_id in (:a, :b) and sales_rep_email is not null",
                            Map.of("a", ritas.subject(), "b", others.subject()))
                        == 2);
  }

  @Test
  void aRepListsOnlyTheirAccountsMessagesInFullPages() {
    List<Map<?, ?>> items = allPages("rita-" + s + "@example.com", null, "");

    assertThat(items).isNotEmpty();
    assertThat(items).allSatisfy(i -> assertThat(i.get("accountId")).isEqualTo(ritas.subject()));
    assertThat(items.stream().filter(i -> "email".equals(i.get("channel"))).count()).isEqualTo(2);
  }

  @Test
  void anotherAccountsMessagesAreNotListedForAPersonItDoesNotName() {
    assertThat(allPages("rita-" + s + "@example.com", null, "&accountId=" + others.subject()))
        .isEmpty();
    assertThat(allPages("carl-" + s + "@example.com", "", "&accountId=" + ritas.subject()))
        .isNotEmpty();
  }

  @Test
  void aCreditMemberAndAnApiClientListEveryAccountsMessages() {
    assertThat(
            allPages(
                "member-" + s + "@example.com", "credit-manager", "&accountId=" + others.subject()))
        .isNotEmpty();
    assertThat(allPages(null, null, "&accountId=" + others.subject())).isNotEmpty();
  }

  /** Every item, one per page, following the cursors. */
  private List<Map<?, ?>> allPages(String email, String roles, String query) {
    List<Map<?, ?>> items = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request =
          http.get()
              .uri(
                  "/api/v1/notifications?limit=1"
                      + query
                      + (cursor == null ? "" : "&cursor=" + cursor));
      if (email != null) {
        request = request.header(PersonHeaders.EMAIL, email);
      }
      if (roles != null) {
        request = request.header(PersonHeaders.ROLES, roles);
      }
      Map<?, ?> page =
          request
              .exchange()
              .expectStatus()
              .isOk()
              .expectBody(Map.class)
              .returnResult()
              .getResponseBody();
      List<?> found = (List<?>) page.get("items");
      assertThat(found.size()).as("a page is full unless it is the last").isLessThanOrEqualTo(1);
      found.forEach(item -> items.add((Map<?, ?>) item));
      cursor = (String) page.get("nextCursor");
      if (cursor != null) {
        assertThat(found).hasSize(1);
      }
    } while (cursor != null && ++pages < 50);
    assertThat(cursor).as("the last page has no cursor").isNull();
    return items;
  }
}
