package com.creditbridge.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.support.AccountActivityEvents;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.notification.support.RepAccounts;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class DigestOnDemandTest extends NotificationIntegrationTest {

  private Party repWithAnAccountOnHold() {
    Party rep = RepAccounts.rep("Dana Digest");
    var account = RepAccounts.account(rep, "Waiting Works", CreditStatus.ON_HOLD);
    AccountActivityEvents.statusUpdated(account, clock.instant());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                        "select count(*) from account_status where account_id = :a",
                        Map.of("a", account.accountId()))
                    == 1);
    return rep;
  }

  private WebTestClient.ResponseSpec post(String path, Object body) {
    return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private long digestsPlanned(Party rep) {
    return count(
        "select count(*) from email where event_id like :k",
        Map.of("k", "digest:" + rep.id() + ":%"));
  }

  @Test
  void aPreviewShowsTheDigestWithTheFeedbackLinksAndSendsNothing() {
    Party dana = repWithAnAccountOnHold();

    post("/api/v1/digests/preview", Map.of("personEmail", dana.email().toUpperCase()))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .exists()
        .jsonPath("$.wouldSend")
        .isEqualTo(true)
        .jsonPath("$.html")
        .value(html -> assertThat((String) html).contains("Waiting Works"));
    String body =
        post("/api/v1/digests/preview", Map.of("personEmail", dana.email()))
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("text")
            .toString();
    assertThat(body)
        .contains("Waiting Works")
        .contains("How well did credit work with you this week?")
        .contains("1: http://gateway.test:8080/app/feedback?token=")
        .contains("5: http://gateway.test:8080/app/feedback?token=");
    assertThat(digestsPlanned(dana)).isZero();
    assertThat(
            count(
                "select count(*) from digest_sent where sales_rep_key = :r",
                Map.of("r", dana.id())))
        .isZero();

    // the link's token is accepted as this rep's answer
    Matcher link = Pattern.compile("3: \\S+\\?token=(\\S+)").matcher(body);
    assertThat(link.find()).isTrue();
    String token =
        java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
    post("/api/v1/feedback/answer", Map.of("token", token, "personEmail", dana.email()))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.score")
        .isEqualTo(3);
  }

  @Test
  void aPreviewOrSendForSomeoneNoAccountNamesIsNotFound() {
    post("/api/v1/digests/preview", Map.of("personEmail", "nobody-at-all@example.com"))
        .expectStatus()
        .isNotFound();
    post("/api/v1/digests/send", Map.of("personEmail", "nobody-at-all@example.com"))
        .expectStatus()
        .isNotFound();
    post("/api/v1/digests/preview", Map.of()).expectStatus().isBadRequest();
    post("/api/v1/digests/send", Map.of("personEmail", "not an address"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("personEmail");
  }

  @Test
  void sendNowSendsThisWeeksDigestOnceUnlessAskedToSendItAgain() {
    Party dana = repWithAnAccountOnHold();

    post("/api/v1/digests/send", Map.of("personEmail", dana.email()))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.sent")
        .isEqualTo(1)
        .jsonPath("$.week")
        .exists();
    post("/api/v1/digests/send", Map.of("personEmail", dana.email()))
        .expectBody()
        .jsonPath("$.sent")
        .isEqualTo(0);
    assertThat(digestsPlanned(dana)).isEqualTo(1);
    post("/api/v1/digests/send", Map.of("personEmail", dana.email(), "again", true))
        .expectBody()
        .jsonPath("$.sent")
        .isEqualTo(1);

    assertThat(digestsPlanned(dana)).isEqualTo(2);
    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.inbox(dana.email()).size() == 2);
  }
}
