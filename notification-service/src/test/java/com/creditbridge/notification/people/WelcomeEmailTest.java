package com.creditbridge.notification.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.notification.support.AccountActivityEvents;
import com.creditbridge.notification.support.MailText;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.notification.support.PolicyStub;
import com.creditbridge.notification.support.RepAccounts;
import com.creditbridge.platform.access.PersonHeaders;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

class WelcomeEmailTest extends NotificationIntegrationTest {

  @Autowired Welcomes welcomes;

  @AfterEach
  void policyBackToDefaults() {
    PolicyStub.answer(PolicyStub.DEFAULTS);
  }

  private void agreement(String title, String text) {
    http.put()
        .uri("/api/v1/working-agreement")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("sections", List.of(Map.of("title", title, "text", text))))
        .exchange()
        .expectStatus()
        .isOk();
  }

  private void awaitPerson(Party rep) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                        "select count(*) from person where email = :e and sales_rep",
                        Map.of("e", rep.email()))
                    == 1);
  }

  @Test
  void aNewSalesRepIsWelcomedOnceWithTheAgreementThePolicyInWordsAndTheirAccountsAtRisk()
      throws Exception {
    agreement("Who decides order reviews", "The credit analyst decides within one working day.");
    PolicyStub.answer(
        PolicyStub.DEFAULTS.replace(
            "\"holdAfterDaysPastDue\": 60", "\"holdAfterDaysPastDue\": 45"));
    Party wendy = RepAccounts.rep("Wendy Welcome");
    HoldEventData onHold = RepAccounts.account(wendy, "Held Goods", CreditStatus.ON_HOLD);
    HoldEventData clear = RepAccounts.account(wendy, "Fine Goods", CreditStatus.CLEAR);
    AccountActivityEvents.statusUpdated(onHold, clock.instant());
    AccountActivityEvents.statusUpdated(clear, clock.instant());
    awaitPerson(wendy);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                        "select count(*) from account_status where sales_rep_email = :e",
                        Map.of("e", wendy.email()))
                    == 2);

    // two replicas at once, then a restart passing again
    Mono.zip(
            welcomes.welcomeNewcomers().subscribeOn(Schedulers.parallel()),
            welcomes.welcomeNewcomers().subscribeOn(Schedulers.parallel()))
        .block(Duration.ofSeconds(60));
    AccountActivityEvents.statusUpdated(onHold, clock.instant()); // seen again
    welcomes.welcomeNewcomers().block(Duration.ofSeconds(60));

    assertThat(
            count(
                "select count(*) from email where event_id = :k",
                Map.of("k", "welcome:" + wendy.email())))
        .isEqualTo(1);
    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.inbox(wendy.email()).size() == 1);
    MimeMessage welcome = Mailboxes.inbox(wendy.email()).get(0);
    assertThat(welcome.getSubject()).isEqualTo("Welcome: how credit and sales work together");
    assertThat(MailText.of(welcome))
        .contains("Hello Wendy Welcome,")
        .contains("Who decides order reviews\nThe credit analyst decides within one working day.")
        .contains(
            "When an invoice is more than 45 days past due, new orders go to an order review;"
                + " you hear 7 days before.")
        .contains("* Held Goods")
        .doesNotContain("Fine Goods")
        .contains("http://gateway.test:8080/app/")
        .doesNotContainIgnoringCase("credit hold");

    http.get()
        .uri("/api/v1/people")
        .header(PersonHeaders.EMAIL, wendy.email())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(1)
        .jsonPath("$.items[0].email")
        .isEqualTo(wendy.email())
        .jsonPath("$.items[0].name")
        .isEqualTo("Wendy Welcome")
        .jsonPath("$.items[0].roles[0]")
        .isEqualTo("salesRep")
        .jsonPath("$.items[0].firstSeenAt")
        .exists()
        .jsonPath("$.items[0].welcomedAt")
        .exists()
        .jsonPath("$.nextCursor")
        .doesNotExist();
  }

  @Test
  void theDirectoryListsEveryoneByEmailPageByPage() {
    Party rep = RepAccounts.rep("Paula Page"); // with the analyst: at least two people
    AccountActivityEvents.statusUpdated(
        RepAccounts.account(rep, "Paged", CreditStatus.CLEAR), clock.instant());
    awaitPerson(rep);

    http.get()
        .uri("/api/v1/people?limit=1")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(1)
        .jsonPath("$.nextCursor")
        .exists();
    http.get().uri("/api/v1/people?limit=0").exchange().expectStatus().isBadRequest();
    http.get().uri("/api/v1/people?cursor=nonsense!").exchange().expectStatus().isBadRequest();
  }
}
