package com.creditbridge.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.MailText;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class TemplateApiTest extends NotificationIntegrationTest {

  private static final String AVERTED = "/api/v1/templates/credit.hold.averted";

  @Test
  void listsEveryTemplateWithWhetherItWasEdited() {
    http.get()
        .uri("/api/v1/templates")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(com.creditbridge.notification.email.content.TemplateKind.all().size())
        .jsonPath("$.items[?(@.eventType == 'digest.weekly')].customized")
        .isEqualTo(false)
        .jsonPath("$.nextCursor")
        .doesNotExist();
  }

  @Test
  void showsTheShippedDefaultWithItsVariables() {
    http.get()
        .uri("/api/v1/templates/credit.hold.placed")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .isEqualTo("{{accountName}}: new orders now go through an order review\n")
        .jsonPath("$.customized")
        .isEqualTo(false)
        .jsonPath("$.variables[?(@ == 'cureAmount')]")
        .exists();
  }

  @Test
  void aResetTemplateIsTheShippedDefaultAgain() {
    http.put()
        .uri("/api/v1/templates/credit.hold.averted")
        .bodyValue(
            java.util.Map.of(
                "subject", "Edited {{accountName}}",
                "text", "Edited text",
                "html", "<p>Edited</p>"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.customized")
        .isEqualTo(true);

    http.delete()
        .uri("/api/v1/templates/credit.hold.averted")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.customized")
        .isEqualTo(false)
        .jsonPath("$.subject")
        .value(subject -> assertThat((String) subject).doesNotContain("Edited"));
    http.delete().uri("/api/v1/templates/no.such.type").exchange().expectStatus().isNotFound();
  }

  @Test
  void anEditedTemplateIsUsedForTheNextEmail() throws Exception {
    http.put()
        .uri(AVERTED)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "subject", "Good news about {{accountName}}",
                "text", "Hi {{salesRepName}}, no order review for {{accountName}} after all.",
                "html", "<p>Hi {{salesRepName}}, {{accountName}} is fine.</p>"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.customized")
        .isEqualTo(true)
        .jsonPath("$.updatedAt")
        .exists();

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    var rep = new Party("rep-" + suffix, "Rita <Rep>", "rita-" + suffix + "@example.com");
    CloudEvent<HoldEventData> event = averted(HoldEvents.placed(rep, null));
    HoldEvents.publish(event);

    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.inbox(rep.email()).size() == 1);
    MimeMessage mail = Mailboxes.inbox(rep.email()).get(0);
    assertThat(mail.getSubject()).isEqualTo("Good news about ACME Corp");
    assertThat(MailText.of(mail))
        .contains("Hi Rita <Rep>, no order review for ACME Corp after all.")
        .contains("<p>Hi Rita &lt;Rep&gt;, ACME Corp is fine.</p>");
  }

  @Test
  void refusesUnknownVariablesAndSyntaxErrorsNamingThePart() {
    http.put()
        .uri(AVERTED)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "subject", "{{accountName}}",
                "text", "Hello {{acountName}}",
                "html", "{{#hasReasons}}never closed"))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("text")
        .jsonPath("$.errors[0].message")
        .value(m -> assertThat((String) m).contains("acountName"))
        .jsonPath("$.errors[1].field")
        .isEqualTo("html");
  }

  @Test
  void refusesMissingOversizedAndMalformedBodiesAndUnknownTypes() {
    http.put()
        .uri(AVERTED)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("text", "x", "html", "y"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("subject");
    http.put()
        .uri(AVERTED)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("subject", "s", "text", "x".repeat(70_000), "html", "y"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("text");
    http.put()
        .uri(AVERTED)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"subject\": ")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:creditbridge:problem:malformed-request");
    http.put()
        .uri(AVERTED)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"subject\": {\"a\": 1}, \"text\": \"t\", \"html\": \"h\"}")
        .exchange()
        .expectStatus()
        .isBadRequest();
    http.get().uri("/api/v1/templates/credit.hold.nope").exchange().expectStatus().isNotFound();
  }

  @Test
  void previewsTheStoredTemplateOrTheOneGivenAgainstASampleAccount() {
    http.post()
        .uri("/api/v1/templates/credit.hold.approaching/preview")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .isEqualTo("Sample Trading Ltd: new orders may soon need an order review")
        .jsonPath("$.text")
        .value(t -> assertThat((String) t).contains("Friday 12 June 2026"));
    http.post()
        .uri("/api/v1/templates/escalation.requested/preview")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "subject", "Confirm {{hold.accountName}}",
                "text", "{{acknowledgeUrl}}",
                "html", "<b>{{hold.accountName}}</b>"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .isEqualTo("Confirm Sample Trading Ltd")
        .jsonPath("$.text")
        .value(t -> assertThat((String) t).contains("/app/acknowledge?token="));
    http.post()
        .uri("/api/v1/templates/digest.weekly/preview")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("subject", "{{nope}}", "text", "t", "html", "h"))
        .exchange()
        .expectStatus()
        .isEqualTo(422);
  }

  @Test
  void theReviewAndManualHoldEmailsArePreviewedAndCheckedLikeTheOthers() {
    http.post()
        .uri("/api/v1/templates/credit.review.requested/preview")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .isEqualTo("Sample Trading Ltd: Rita Rep asks for a review of the order review")
        .jsonPath("$.text")
        .value(t -> assertThat((String) t).contains("joint decision").contains("64,000.00 EUR"));
    http.post()
        .uri("/api/v1/templates/credit.review.decided/preview")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .isEqualTo("Sample Trading Ltd: review request approved");
    http.post()
        .uri("/api/v1/templates/credit.review.escalated/preview")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "subject", "Waiting: {{accountName}}",
                "text", "{{#decisions}}{{by}}{{/decisions}} since {{requestedAt}}",
                "html", "<p>{{reason}}</p>"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .isEqualTo("Waiting: Sample Trading Ltd")
        .jsonPath("$.text")
        .isEqualTo(" since Monday 1 June 2026 08:00 UTC");
    http.get()
        .uri("/api/v1/templates/manual-hold.sales-manager")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.variables[?(@ == 'manualHold')]")
        .exists();
    // a name the model does not have is refused, naming the part, and nothing is stored
    http.put()
        .uri("/api/v1/templates/manual-hold.sales-manager")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "subject", "{{hold.accountName}}",
                "text", "{{manualHoldReason}}",
                "html", "<p>{{manualHold}}</p>"))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("text")
        .jsonPath("$.errors[0].message")
        .value(m -> assertThat((String) m).contains("manualHoldReason"));
    http.get()
        .uri("/api/v1/templates/manual-hold.sales-manager")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.customized")
        .isEqualTo(false);
  }

  private static CloudEvent<HoldEventData> averted(CloudEvent<HoldEventData> placed) {
    HoldEventData p = placed.data();
    var data =
        new HoldEventData(
            p.accountId(),
            p.accountName(),
            CreditStatus.CLEAR,
            CreditStatus.APPROACHING,
            java.util.List.of(),
            null,
            null,
            p.exposure(),
            p.creditLimit(),
            p.currency(),
            p.salesRep(),
            p.creditAnalyst(),
            null,
            p.decisionId(),
            1,
            null,
            null,
            null);
    return CloudEvent.of(
        placed.id(), placed.source(), "credit.hold.averted", p.accountId(), placed.time(), data);
  }
}
