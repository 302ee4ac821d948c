package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.infrastructure.Infrastructure;
import com.creditbridge.infrastructure.Mailbox;
import com.creditbridge.local.LocalStack;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 through the gateway, on the real services, broker, database and mail server: a rep's CRM
 * asks for a review that credit approves into an override; a big account needs credit and its sales
 * manager, and the requester cannot be the second approver; a rep's reply to a hold email, sent
 * over SMTP, becomes her note on the timeline and reaches the analyst; the wording chosen together
 * rewords the reasons the hold-service gives. Runs last on the shared stack: it changes the wording
 * (and restores it).
 */
@ExtendWith(SharedStack.class)
@Order(SharedStack.LAST_CLASSES + 5)
class WorkingTogetherTest {

  private static final Duration SOON = Duration.ofSeconds(60);
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final String SMALL = "wt-small-" + RUN;
  private static final String BIG = "wt-big-" + RUN;
  private static final String WORDED = "wt-worded-" + RUN;
  private static final String RITA =
      "{\"name\":\"Rita Rep\",\"email\":\"" + LedgerEvents.REP_EMAIL + "\"}";
  private static final String CARL =
      "{\"name\":\"Carl Credit\",\"email\":\"" + LedgerEvents.ANALYST_EMAIL + "\"}";
  private static final String MIA =
      "{\"name\":\"Mia Manager\",\"email\":\"mia.manager@example.com\"}";

  private static LocalStack stack;
  private static Gateway admin;
  private static Gateway crm;
  private static Gateway credit;
  private static Mailbox mailbox;

  @BeforeAll
  static void threeAccountsOnHold(LocalStack shared) throws Exception {
    stack = shared;
    admin = new Gateway(URI.create(stack.gatewayUrl()), SharedStack.ADMIN_KEY);
    crm = admin.withKey(key("crm", "sales:write"));
    credit = admin.withKey(key("credit", "credit:write\",\"credit:read"));
    mailbox = new Mailbox(stack.infrastructure().imapPort());
    onHold(SMALL, "Small Trading", "1200.00");
    onHold(BIG, "Big Industries", "120000.00");
    onHold(WORDED, "Worded Ltd", "1200.00");
  }

  @Test
  void aRepAsksForAReviewAndCreditApprovesItIntoAnOverride() throws Exception {
    String ask =
        "{\"reason\":\"They pay on Friday\",\"requestedBy\":"
            + RITA
            + ",\"proposedUntil\":\"%s\"}".formatted(TODAY.plusDays(7));
    assertThat(credit.post(reviews(SMALL), ask).status()).as("credit:write only").isEqualTo(403);

    Gateway.Response asked = crm.post(reviews(SMALL), ask);

    assertThat(asked.status()).as(String.valueOf(asked.json())).isEqualTo(201);
    assertThat(asked.json().path("approvalsNeeded").asInt()).isEqualTo(1);
    assertThat(crm.post(reviews(SMALL), ask).status()).as("a second open request").isEqualTo(409);
    String id = asked.json().path("id").asString();

    Gateway.Response approved = credit.post(decisions(id), decision("approve", CARL));

    assertThat(approved.status()).as(String.valueOf(approved.json())).isEqualTo(200);
    assertThat(approved.json().path("status").asString()).isEqualTo("approved");
    assertThat(credit.post(decisions(id), decision("decline", CARL)).status())
        .as("a decided request")
        .isEqualTo(409);
    await()
        .atMost(SOON)
        .until(() -> timelineKinds(SMALL), kinds -> kinds.contains("override.granted"));
    await()
        .atMost(SOON)
        .until(
            () -> mailbox.messagesFor(LedgerEvents.REP_EMAIL),
            mails ->
                mails.stream()
                    .anyMatch(
                        m ->
                            m.content().contains("Small Trading")
                                && m.content()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .contains("approved")));
  }

  @Test
  void aBigAccountNeedsCreditAndItsSalesManagerAndTheRequesterCannotBeTheSecond() throws Exception {
    Gateway.Response asked =
        crm.post(reviews(BIG), "{\"reason\":\"Key account\",\"requestedBy\":" + RITA + "}");
    assertThat(asked.status()).as(String.valueOf(asked.json())).isEqualTo(201);
    assertThat(asked.json().path("approvalsNeeded").asInt()).isEqualTo(2);
    String id = asked.json().path("id").asString();

    Gateway.Response first = credit.post(decisions(id), decision("approve", CARL));
    assertThat(first.json().path("status").asString()).isEqualTo("open");
    Gateway.Response byTheRequester = crm.post(decisions(id), decision("approve", RITA));
    assertThat(byTheRequester.status()).isEqualTo(403);
    assertThat(admin.get("/api/v1/review-requests/" + id).json().path("approvals")).hasSize(1);

    Gateway.Response second = crm.post(decisions(id), decision("approve", MIA));

    assertThat(second.status()).as(String.valueOf(second.json())).isEqualTo(200);
    assertThat(second.json().path("status").asString()).isEqualTo("approved");
    assertThat(second.json().path("approvals")).hasSize(2);
  }

  @Test
  void aRepsReplyToAHoldEmailBecomesHerNoteAndReachesTheAnalyst() throws Exception {
    Mailbox.Mail hold =
        await()
            .atMost(SOON)
            .until(() -> mailAbout(LedgerEvents.REP_EMAIL, "Worded Ltd"), Optional::isPresent)
            .get();
    assertThat(hold.messageId()).isNotBlank();

    reply(
        LedgerEvents.REP_EMAIL,
        hold.messageId(),
        "Re: " + hold.subject(),
        "Their CFO confirmed the transfer for Friday.\n\nOn Monday, CreditBridge wrote:\n> "
            + "ACME is in order review\n\n-- \nRita Rep, Sales");

    JsonNode note = await().atMost(SOON).until(() -> noteOf(WORDED), Optional::isPresent).get();
    assertThat(note.path("actor").asString()).isEqualTo("Rita Rep");
    assertThat(note.path("summary").asString())
        .contains("Their CFO confirmed the transfer for Friday.")
        .doesNotContain("CreditBridge wrote")
        .doesNotContain("Sales");
    await()
        .atMost(SOON)
        .until(
            () -> mailbox.messagesFor(LedgerEvents.ANALYST_EMAIL),
            mails ->
                mails.stream()
                    .anyMatch(m -> m.content().contains("Their CFO confirmed the transfer")));
  }

  @Test
  void theWordingChosenTogetherRewordsTheReasonsTheHoldServiceGives() throws Exception {
    JsonNode before = admin.get("/api/v1/wording").json();
    String reasonPath = "/api/v1/accounts/" + WORDED + "/credit-status";
    assertThat(reason(reasonPath)).contains("order review").doesNotContain("credit hold");
    try {
      Gateway.Response put =
          admin.put(
              "/api/v1/wording",
              """
              {"statusLabels": {"CLEAR": "All good", "APPROACHING": "Reminder",
                                "ON_HOLD": "Payment review"},
               "phrases": [{"avoid": "credit hold", "use": "payment review"}],
               "changedBy": %s}
              """
                  .formatted(CARL));
      assertThat(put.status()).as(String.valueOf(put.json())).isEqualTo(200);

      await().atMost(SOON).until(() -> reason(reasonPath), r -> r.contains("payment review"));
      assertThat(admin.get("/api/v1/wording").json().path("changedBy").toString())
          .contains("Carl Credit");
    } finally {
      String restore =
          "{\"statusLabels\":%s,\"phrases\":%s,\"changedBy\":%s}"
              .formatted(before.path("statusLabels"), before.path("phrases"), CARL);
      assertThat(admin.put("/api/v1/wording", restore).status()).isEqualTo(200);
    }
    await().atMost(SOON).until(() -> reason(reasonPath), r -> r.contains("order review"));
  }

  // ---------------------------------------------------------------------------------------------

  private static String key(String name, String scopes) throws Exception {
    Gateway.Response created =
        admin.post(
            "/api/v1/api-keys",
            "{\"name\":\"%s %s\",\"scopes\":[\"%s\"]}".formatted(name, RUN, scopes));
    assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
    return created.json().get("key").asString();
  }

  private static void onHold(String account, String name, String amount) throws Exception {
    assertThat(
            admin
                .post("/api/v1/ledger-events", LedgerEvents.accountUpserted(account, name))
                .status())
        .isEqualTo(202);
    assertThat(
            admin
                .post(
                    "/api/v1/ledger-events",
                    LedgerEvents.invoiceIssued(account, "INV-1", amount, TODAY.minusDays(65)))
                .status())
        .isEqualTo(202);
    await()
        .atMost(SOON)
        .until(
            () -> admin.get("/api/v1/accounts/" + account + "/credit-status"),
            r -> r.status() == 200 && "ON_HOLD".equals(r.json().path("status").asString()));
  }

  private static String reviews(String account) {
    return "/api/v1/accounts/" + account + "/review-requests";
  }

  private static String decisions(String id) {
    return "/api/v1/review-requests/" + id + "/decisions";
  }

  private static String decision(String decision, String by) {
    return "{\"decision\":\"%s\",\"decidedBy\":%s,\"comment\":\"Checked the ledger\",\"until\":\"%s\"}"
        .formatted(decision, by, TODAY.plusDays(7));
  }

  private static List<String> timelineKinds(String account) throws Exception {
    List<String> kinds = new ArrayList<>();
    admin
        .get("/api/v1/accounts/" + account + "/timeline")
        .json()
        .path("items")
        .forEach(entry -> kinds.add(entry.path("kind").asString()));
    return kinds;
  }

  private static Optional<JsonNode> noteOf(String account) throws Exception {
    for (JsonNode entry :
        admin.get("/api/v1/accounts/" + account + "/timeline").json().path("items")) {
      if (entry.path("kind").asString().equals("note")) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  private static String reason(String path) throws Exception {
    return admin.get(path).json().path("reasons").path(0).path("message").asString();
  }

  private static Optional<Mailbox.Mail> mailAbout(String address, String accountName)
      throws Exception {
    return mailbox.messagesFor(address).stream()
        .filter(mail -> mail.subject().contains(accountName))
        .findFirst();
  }

  /** What the rep's mail client sends when she answers: a reply naming the email it answers. */
  private static void reply(String from, String inReplyTo, String subject, String text)
      throws Exception {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", Infrastructure.MAIL_HOST);
    properties.put("mail.smtp.port", String.valueOf(stack.infrastructure().smtpPort()));
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress(from, "Rita Rep"));
    message.setRecipient(
        Message.RecipientType.TO, new InternetAddress("replies@creditbridge.local"));
    message.setSubject(subject);
    message.setHeader("In-Reply-To", inReplyTo);
    message.setHeader("References", inReplyTo);
    message.setText(text);
    Transport.send(message);
  }
}
