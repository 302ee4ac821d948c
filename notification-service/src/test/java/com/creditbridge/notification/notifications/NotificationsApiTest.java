package com.creditbridge.notification.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsApiTest extends NotificationIntegrationTest {

  @Autowired MeterRegistry meters;

  private Map<?, ?> page(String query) {
    return http.get()
        .uri("/api/v1/notifications" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void listsEachEmailCopyOfAnAccountWithItsStatePageByPage() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    CloudEvent<HoldEventData> event =
        HoldEvents.placed(
            new Party("rep-" + s, "Rita Rep", "rita-" + s + "@example.com"),
            new Party("an-" + s, "Carl Credit", "carl-" + s + "@example.com"));
    HoldEvents.publish(event);
    String account = "?accountId=" + event.subject();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                        "select count(*) from email where account_id = :a and status = 'sent'",
                        Map.of("a", event.subject()))
                    == 2);

    // one item per page, following the cursors to the end (webhook deliveries may be listed too)
    java.util.List<Map<?, ?>> emails = new java.util.ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Map<?, ?> page = page(account + "&limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
      var items = (java.util.List<?>) page.get("items");
      assertThat(items).hasSize(1);
      var item = (Map<?, ?>) items.get(0);
      if ("email".equals(item.get("channel"))) {
        emails.add(item);
      }
      cursor = (String) page.get("nextCursor");
    } while (cursor != null && ++pages < 20);

    assertThat(cursor).as("the last page has no cursor").isNull();
    assertThat(emails.stream().map(e -> String.valueOf(e.get("recipient"))).toList())
        .containsExactlyInAnyOrder("rita-" + s + "@example.com", "carl-" + s + "@example.com");
    Map<?, ?> a = emails.get(0);
    assertThat(a.get("kind")).isEqualTo("hold");
    assertThat(a.get("state")).isEqualTo("sent");
    assertThat(a.get("subject")).isEqualTo("ACME Corp: new orders now go through an order review");
    assertThat(a.get("eventId")).isEqualTo(event.id());
    assertThat(a.get("finishedAt")).isNotNull();
    assertThat(meters.get("creditbridge.emails.sent").tag("kind", "hold").counter().count())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void refusesABadLimitCursorOrAccountId() {
    for (String query :
        new String[] {
          "?limit=0", "?limit=501", "?limit=ten", "?cursor=bm9wZQ", "?accountId=a%20b"
        }) {
      http.get()
          .uri("/api/v1/notifications" + query)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .exists();
    }
  }
}
