package com.creditbridge.notification.holdevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HoldEventEmailTest extends NotificationIntegrationTest {

  @Test
  void emailsTheSalesRepWithTheCreditAnalystInCopy() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    var rep = new Party("rep-" + suffix, "Rita Rep", "rita-" + suffix + "@example.com");
    var analyst = new Party("an-" + suffix, "Carl Credit", "carl-" + suffix + "@example.com");
    CloudEvent<HoldEventData> event = HoldEvents.placed(rep, analyst);

    HoldEvents.publish(event);

    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.inbox(rep.email()).size() == 1);
    MimeMessage mail = Mailboxes.inbox(rep.email()).get(0);
    assertThat(mail.getSubject()).isEqualTo("ACME Corp: new orders now go through an order review");
    assertThat(mail.getFrom())
        .containsExactly(new InternetAddress("CreditBridge <creditbridge@localhost>"));
    assertThat(addresses(mail, RecipientType.TO)).containsExactly(rep.email());
    assertThat(addresses(mail, RecipientType.CC)).containsExactly(analyst.email());
    assertThat(((InternetAddress) mail.getRecipients(RecipientType.TO)[0]).getPersonal())
        .isEqualTo("Rita Rep");
    List<String> bodies = bodies(mail);
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0))
        .contains("Hello Rita Rep,")
        .contains("order review")
        .contains("Invoice INV-1 (1200.00 EUR) is 70 days past due.")
        .contains("A payment of 1,200.00 EUR would end the order review.")
        .contains("Carl Credit in credit (" + analyst.email() + ")")
        .contains("http://gateway.test:8080/app/accounts/" + event.subject())
        .doesNotContainIgnoringCase("credit hold");
    assertThat(bodies.get(1)).contains("<p>Hello Rita Rep,</p>");

    // the analyst's copy is the same message
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> Mailboxes.inbox(analyst.email()).size() == 1);
    assertThat(Mailboxes.inbox(analyst.email()).get(0).getMessageID())
        .isEqualTo(mail.getMessageID());
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                count(
                        "select count(*) from email where event_id = :eventId and status = 'sent'",
                        Map.of("eventId", event.id()))
                    == 2);
  }

  /**
   * Emails planned before they were rendered at planning time have no content: the worker renders
   * them when sending, from the stored hold event (read back through the service's one decoder).
   */
  @Test
  void anEmailPlannedWithoutContentIsRenderedFromTheStoredHoldEvent() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    var rep = new Party("rep-" + suffix, "Rita Rep", "rita-" + suffix + "@example.com");
    CloudEvent<HoldEventData> event = HoldEvents.placed(rep, null);
    db.sql(
            """
            insert into notification_message
              (event_id, event_type, account_id, body, occurred_at, received_at)
            values (:eventId, :type, :accountId, :body, now(), now())
            """)
        .bind("eventId", event.id())
        .bind("type", event.type())
        .bind("accountId", event.subject())
        .bind("body", EventJson.encodeToString(event))
        .then()
        .block();
    db.sql(
            """
            insert into email
              (id, event_id, kind, account_id, template, recipient, to_addresses, cc_addresses,
               status, attempts, next_attempt_at, created_at)
            values (:id, :eventId, 'hold', :accountId, :type, :recipient,
                    array[:recipient], array[]::text[], 'pending', 0, now(), now())
            """)
        .bind("id", UUID.randomUUID())
        .bind("eventId", event.id())
        .bind("accountId", event.subject())
        .bind("type", event.type())
        .bind("recipient", rep.email())
        .then()
        .then(db.sql("select pg_notify('email', '')").then())
        .block();

    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.inbox(rep.email()).size() == 1);
    MimeMessage mail = Mailboxes.inbox(rep.email()).get(0);
    assertThat(mail.getSubject()).isEqualTo("ACME Corp: new orders now go through an order review");
    assertThat(bodies(mail).get(0))
        .contains("Hello Rita Rep,")
        .contains("Invoice INV-1 (1200.00 EUR) is 70 days past due.");
  }

  private static List<String> addresses(MimeMessage mail, RecipientType type) throws Exception {
    List<String> result = new ArrayList<>();
    for (var address : mail.getRecipients(type)) {
      result.add(((InternetAddress) address).getAddress());
    }
    return result;
  }

  /** The plain text and HTML alternatives, in that order. */
  private static List<String> bodies(jakarta.mail.Part part) throws Exception {
    List<String> result = new ArrayList<>();
    if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
      result.add((String) part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        result.addAll(bodies(multipart.getBodyPart(i)));
      }
    }
    return result;
  }
}
