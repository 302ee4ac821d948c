package com.creditbridge.notification.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.Escalation;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.escalation.signing.AcknowledgementToken;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.MailText;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.platform.access.PersonHeaders;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

class EscalationTest extends NotificationIntegrationTest {

  private static final String ACK = "/api/v1/escalations/acknowledge";
  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9._-]+)");
  private static final int ACK_HOURS = 4;

  /** The people of one test: unique addresses, so mailboxes never mix. */
  private record People(Party rep, Party analyst, Party manager) {
    static People fresh() {
      String s = UUID.randomUUID().toString().substring(0, 8);
      return new People(
          new Party("rep-" + s, "Rita Rep", "rita-" + s + "@example.com"),
          new Party("an-" + s, "Carl Credit", "carl-" + s + "@example.com"),
          new Party(null, "Mona Manager", "mona-" + s + "@example.com"));
    }
  }

  private static CloudEvent<HoldEventData> bigHold(People people, boolean withManager) {
    CloudEvent<HoldEventData> placed = HoldEvents.placed(people.rep(), people.analyst());
    HoldEventData p = placed.data();
    var data =
        new HoldEventData(
            p.accountId(),
            p.accountName(),
            p.status(),
            p.previousStatus(),
            p.reasons(),
            p.projectedHoldOn(),
            p.cureAmount(),
            new BigDecimal("75000.00"),
            p.creditLimit(),
            p.currency(),
            p.salesRep(),
            p.creditAnalyst(),
            withManager ? people.manager() : null,
            p.decisionId(),
            p.policyVersion(),
            p.segment(),
            p.promise(),
            new Escalation(new BigDecimal("50000.00"), ACK_HOURS));
    return CloudEvent.of(
        placed.id(), placed.source(), placed.type(), p.accountId(), placed.time(), data);
  }

  private static MimeMessage onlyMail(String address) {
    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.inbox(address).size() == 1);
    return Mailboxes.inbox(address).get(0);
  }

  private static String token(MimeMessage mail) throws Exception {
    Matcher m = TOKEN.matcher(MailText.of(mail));
    assertThat(m.find()).as("acknowledgement link in the email").isTrue();
    return m.group(1);
  }

  private String escalationStatus(String accountId) {
    return db.sql("select status from escalation where account_id = :a")
        .bind("a", accountId)
        .map(row -> row.get("status", String.class))
        .one()
        .block();
  }

  @Test
  void asksTheSalesRepToAcknowledgeAndTellsTheManagerWhenNobodyDoesInTime() throws Exception {
    People people = People.fresh();
    CloudEvent<HoldEventData> event = bigHold(people, true);
    HoldEvents.publish(event);

    MimeMessage ask = onlyMail(people.rep().email());
    assertThat(ask.getSubject())
        .isEqualTo("ACME Corp: order review started, please confirm you have seen it");
    assertThat(MailText.of(ask))
        .contains("http://gateway.test:8080/app/acknowledge?token=")
        .contains("75,000.00 EUR")
        .contains("Carl Credit in credit")
        .doesNotContainIgnoringCase("credit hold");
    assertThat(onlyMail(people.analyst().email()).getMessageID()).isEqualTo(ask.getMessageID());
    String token = token(ask);

    clock.advance(Duration.ofHours(ACK_HOURS).plusMinutes(1));

    MimeMessage toManager = onlyMail(people.manager().email());
    assertThat(toManager.getSubject())
        .isEqualTo("ACME Corp: order review not yet confirmed by sales");
    assertThat(MailText.of(toManager)).contains("Hello Mona Manager,").contains("Rita Rep");
    assertThat(escalationStatus(event.subject())).isEqualTo("escalated");
    // the link has expired with the deadline
    http.post()
        .uri(ACK)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("token", token))
        .exchange()
        .expectStatus()
        .isEqualTo(410)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    // the manager is told once, however often the deadline is checked again
    clock.advance(Duration.ofMinutes(5));
    await()
        .during(Duration.ofMillis(800))
        .atMost(Duration.ofSeconds(20))
        .until(() -> Mailboxes.inbox(people.manager().email()).size() == 1);
    http.get()
        .uri("/api/v1/notifications?accountId=" + event.subject())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[?(@.kind == 'escalation')].acknowledgement.status")
        .isEqualTo(List.of("escalated", "escalated"))
        .jsonPath("$.items[?(@.kind == 'manager')].recipient")
        .value(r -> assertThat(r.toString()).contains(people.manager().email()))
        .jsonPath("$.items[?(@.channel == 'email')].state")
        .value(s -> assertThat((List<?>) s).hasSize(4));
  }

  @Test
  void anAcknowledgementInTimeStopsTheEscalationAndAGetNeverAcknowledges() throws Exception {
    People people = People.fresh();
    CloudEvent<HoldEventData> event = bigHold(people, true);
    HoldEvents.publish(event);
    String token = token(onlyMail(people.rep().email()));

    // a link scanner fetching the page acknowledges nothing
    http.get()
        .uri(ACK + "?token=" + token)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class)
        .value(page -> assertThat(page).contains("<form method=\"post\"").contains("ACME Corp"));
    assertThat(escalationStatus(event.subject())).isEqualTo("open");

    http.post()
        .uri(ACK + "?token=" + token)
        .accept(MediaType.APPLICATION_JSON)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("name", "Rita Rep"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("acknowledged")
        .jsonPath("$.acknowledgedBy")
        .isEqualTo("Rita Rep");

    // past the deadline: another, unacknowledged escalation proves the check ran
    People others = People.fresh();
    HoldEvents.publish(bigHold(others, true));
    onlyMail(others.rep().email());
    clock.advance(Duration.ofHours(ACK_HOURS).plusMinutes(1));
    onlyMail(others.manager().email());
    assertThat(Mailboxes.inbox(people.manager().email())).isEmpty();
    assertThat(escalationStatus(event.subject())).isEqualTo("acknowledged");
    http.get()
        .uri("/api/v1/notifications?accountId=" + event.subject())
        .exchange()
        .expectBody()
        .jsonPath("$.items[?(@.kind == 'escalation')].acknowledgement.acknowledgedBy")
        .isEqualTo(List.of("Rita Rep", "Rita Rep"));
  }

  @Test
  void aSignedInPersonIsRecordedAsWhoAcknowledgedWhateverTheFormSays() throws Exception {
    People people = People.fresh();
    CloudEvent<HoldEventData> event = bigHold(people, true);
    HoldEvents.publish(event);
    String token = token(onlyMail(people.rep().email()));

    http.post()
        .uri(ACK)
        .accept(MediaType.APPLICATION_JSON)
        .header(PersonHeaders.EMAIL, people.rep().email())
        .header(PersonHeaders.NAME, PersonHeaders.encodeName("Rita from the workspace"))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("token", token).with("name", "Someone Else"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.acknowledgedBy")
        .isEqualTo("Rita from the workspace");
    assertThat(escalationStatus(event.subject())).isEqualTo("acknowledged");
  }

  @Test
  void withoutASalesManagerTheAnalystIsTold() {
    People people = People.fresh();
    HoldEvents.publish(bigHold(people, false));
    onlyMail(people.rep().email());
    onlyMail(people.analyst().email());

    clock.advance(Duration.ofHours(ACK_HOURS).plusMinutes(1));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> Mailboxes.inbox(people.analyst().email()).size() == 2);
  }

  @Test
  void refusesATamperedTokenWith401AndAnExpiredOneWith410() {
    var ours = new AcknowledgementToken(SIGNING_KEY);
    String expired = ours.sign(UUID.randomUUID(), Instant.now().minusSeconds(3600));
    String forged = new AcknowledgementToken("f".repeat(40)).sign(UUID.randomUUID(), farFuture());

    for (String token : new String[] {forged, "garbage", expired.replace('.', '-')}) {
      http.get()
          .uri(ACK + "?token=" + token)
          .exchange()
          .expectStatus()
          .isUnauthorized()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON);
      http.post()
          .uri(ACK)
          .contentType(MediaType.APPLICATION_FORM_URLENCODED)
          .body(BodyInserters.fromFormData("token", token))
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }
    http.get().uri(ACK + "?token=" + expired).exchange().expectStatus().isEqualTo(410);
    http.post().uri(ACK).exchange().expectStatus().isUnauthorized();
    http.post()
        .uri(ACK)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(
            BodyInserters.fromFormData("token", ours.sign(UUID.randomUUID(), farFuture()))
                .with("name", "x".repeat(201)))
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  private static Instant farFuture() {
    return Instant.now().plus(Duration.ofDays(3650));
  }
}
