package com.creditbridge.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.support.AccountActivityEvents;
import com.creditbridge.notification.support.AccountSnapshots;
import com.creditbridge.notification.support.MailText;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.notification.support.RepAccounts;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The credit analyst's weekly digest lists their accounts missing information, and only those. */
class CreditAnalystDigestTest extends NotificationIntegrationTest {

  @Autowired WeeklyDigests digests;

  private String s;
  private String carl;

  @BeforeEach
  void accountsOfAnAnalyst() {
    s = UUID.randomUUID().toString().substring(0, 8);
    carl = "carl-" + s + "@example.com";
    AccountSnapshots.account("cad-a-" + s)
        .name("Acme " + s + " Ltd")
        .rep("rep-a", "ann-" + s + "@example.com")
        .analyst("an-" + s, carl)
        .publish();
    AccountSnapshots.account("cad-b-" + s)
        .name("Beta " + s + " GmbH")
        .rep("rep-b", "ben-" + s + "@example.com")
        .analyst("an-" + s, carl)
        .manager("mia-" + s + "@example.com")
        .noLimit()
        .noSegment()
        .publish();
    AccountSnapshots.account("cad-c-" + s)
        .name("Complete " + s + " SA")
        .rep("rep-c", "cat-" + s + "@example.com")
        .analyst("an-" + s, carl)
        .manager("mia-" + s + "@example.com")
        .publish();
    awaitProfiles("cad-%-" + s, 3);
  }

  @Test
  void anAnalystWithTwoAccountsMissingInformationGetsThemListedOncePerWeek() throws Exception {
    post("/api/v1/digests/send", Map.of("personEmail", carl))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.sent")
        .isEqualTo(1);
    post("/api/v1/digests/send", Map.of("personEmail", carl))
        .expectBody()
        .jsonPath("$.sent")
        .isEqualTo(0);

    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.inbox(carl).size() == 1);
    MimeMessage digest = Mailboxes.inbox(carl).get(0);
    String text = MailText.of(digest);
    assertThat(text)
        .contains("Hello Analyst an-" + s)
        .contains(
            "MISSING INFORMATION\n"
                + "- Acme "
                + s
                + " Ltd: no sales manager\n"
                + "- Beta "
                + s
                + " GmbH: no credit limit, no segment\n")
        .doesNotContain("Complete " + s)
        .doesNotContain("How well did credit work with you");
    assertThat(
            count(
                "select count(*) from digest_sent where sales_rep_key = :k",
                Map.of("k", "analyst:" + carl)))
        .isEqualTo(1);
  }

  @Test
  void twoInstancesRunningTheScheduledWeekSendTheAnalystOneDigest() {
    Instant due = digests.schedule().nextAfter(clock.instant().plus(Duration.ofDays(150)));
    String week = digests.schedule().isoWeek(due);

    Mono.zip(
            digests.run(due).subscribeOn(Schedulers.parallel()),
            digests.run(due).subscribeOn(Schedulers.parallel()))
        .block(Duration.ofSeconds(90));

    assertThat(
            count(
                "select count(*) from email where event_id = :k",
                Map.of("k", "digest:analyst:" + carl + ":" + week)))
        .isEqualTo(1);
    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.inbox(carl).size() == 1);
  }

  @Test
  void thePreviewShowsTheAnalystsMissingInformationAndSendsNothing() {
    Map<?, ?> preview = preview(carl);

    assertThat(preview.get("wouldSend")).isEqualTo(true);
    assertThat((String) preview.get("html"))
        .contains("<h3>Missing information</h3>")
        .contains("<li>Acme " + s + " Ltd: no sales manager</li>");
    assertThat(
            count(
                "select count(*) from digest_sent where sales_rep_key = :k",
                Map.of("k", "analyst:" + carl)))
        .isZero();
  }

  @Test
  void anAnalystWithNothingMissingGetsNoEmptySection() throws Exception {
    // Olga analyses one complete account and is the sales rep of an account in order review
    Party olga = RepAccounts.rep("Olga Both");
    AccountSnapshots.account("cad-o-" + s)
        .rep("rep-o", "oscar-" + s + "@example.com")
        .analyst("olga-" + s, olga.email())
        .manager("mia-" + s + "@example.com")
        .publish();
    awaitProfiles("cad-o-" + s, 1);
    var onHold = RepAccounts.account(olga, "Held " + s, CreditStatus.ON_HOLD);
    AccountActivityEvents.statusUpdated(onHold, clock.instant());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                        "select count(*) from account_status where account_id = :a",
                        Map.of("a", onHold.accountId()))
                    == 1);

    assertThat((String) preview(olga.email()).get("text")).doesNotContainIgnoringCase("missing");
    post("/api/v1/digests/send", Map.of("personEmail", olga.email()))
        .expectBody()
        .jsonPath("$.sent")
        .isEqualTo(1);

    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.inbox(olga.email()).size() == 1);
    String text = MailText.of(Mailboxes.inbox(olga.email()).get(0));
    assertThat(text).contains("Held " + s).doesNotContainIgnoringCase("missing information");
  }

  @Test
  void anAnalystOnlyWithNothingMissingGetsNoDigest() {
    String nora = "nora-" + s + "@example.com";
    AccountSnapshots.account("cad-n-" + s)
        .rep("rep-n", "ned-" + s + "@example.com")
        .analyst("nora-" + s, nora)
        .manager("mia-" + s + "@example.com")
        .publish();
    awaitProfiles("cad-n-" + s, 1);

    assertThat(preview(nora).get("wouldSend")).isEqualTo(false);
    post("/api/v1/digests/send", Map.of("personEmail", nora))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.sent")
        .isEqualTo(0);
    assertThat(Mailboxes.inbox(nora)).isEmpty();
  }

  private void awaitProfiles(String pattern, int expected) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count(
                        "select count(*) from account_profile where account_id like :p",
                        Map.of("p", pattern))
                    == expected);
  }

  private Map<?, ?> preview(String personEmail) {
    return post("/api/v1/digests/preview", Map.of("personEmail", personEmail))
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  private WebTestClient.ResponseSpec post(String path, Object body) {
    return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }
}
