package com.creditbridge.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PromiseSummary;
import com.creditbridge.contracts.Reason;
import com.creditbridge.notification.email.content.HoldEmailModel;
import com.creditbridge.notification.support.AccountActivityEvents;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.MailText;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

class WeeklyDigestEmailTest extends NotificationIntegrationTest {

  @Autowired WeeklyDigests digests;

  private static Party rep() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    return new Party("rep-" + s, "Rita Rep", "rita-" + s + "@example.com");
  }

  /** An account of the rep with the given status, as credit.status.updated carries it. */
  private static HoldEventData account(
      Party rep, String name, CreditStatus status, LocalDate projected, PromiseSummary promise) {
    String id = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID();
    return new HoldEventData(
        id,
        name,
        status,
        CreditStatus.CLEAR,
        status == CreditStatus.CLEAR
            ? List.of()
            : List.of(
                new Reason(
                    "PAST_DUE",
                    "Invoice INV-7 (900.00 EUR) is 64 days past due.",
                    "INV-7",
                    64,
                    new BigDecimal("900.00"))),
        projected,
        status == CreditStatus.CLEAR ? null : new BigDecimal("900.00"),
        new BigDecimal("4000.00"),
        new BigDecimal("10000.00"),
        "EUR",
        rep,
        new Party("an-1", "Carl Credit", "carl@example.com"),
        null,
        "dec-" + UUID.randomUUID(),
        1,
        null,
        promise,
        null);
  }

  private void awaitReadModel(List<HoldEventData> accounts) {
    List<String> ids = accounts.stream().map(HoldEventData::accountId).toList();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                        "select count(*) from account_status where account_id = any(:ids)",
                        Map.of("ids", ids.toArray(String[]::new)))
                    == ids.size());
  }

  private static List<MimeMessage> digestsOfWeek(Party rep, Instant due) throws Exception {
    String weekOf =
        HoldEmailModel.date(due.minus(Duration.ofDays(7)).atZone(ZoneOffset.UTC).toLocalDate());
    return Mailboxes.inbox(rep.email()).stream()
        .filter(
            m -> {
              try {
                return m.getSubject().contains(weekOf);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private long plannedDigests(Party rep, Instant due) {
    return count(
        "select count(*) from email where event_id = :key",
        Map.of("key", "digest:" + rep.id() + ":" + digests.schedule().isoWeek(due)));
  }

  @Test
  void sendsEachRepTheirHoldsApproachingAccountsNotesAndChangesOnMondayMorning() throws Exception {
    Instant due = digests.schedule().nextAfter(clock.instant());
    Instant duringTheWeek = due.minus(Duration.ofDays(2));
    Party rita = rep();
    Party quiet = rep();
    HoldEventData onHold = account(rita, "Big Buyer", CreditStatus.ON_HOLD, null, null);
    HoldEventData approaching =
        account(
            rita,
            "Soon Ltd",
            CreditStatus.APPROACHING,
            LocalDate.of(2030, 1, 15),
            new PromiseSummary(
                "p-1",
                new BigDecimal("900.00"),
                LocalDate.of(2030, 1, 10),
                LocalDate.of(2030, 1, 13),
                BigDecimal.ZERO,
                "Carl Credit"));
    HoldEventData clear = account(rita, "Fine Corp", CreditStatus.CLEAR, null, null);
    HoldEventData quietClear = account(quiet, "Calm Inc", CreditStatus.CLEAR, null, null);
    for (HoldEventData a : List.of(onHold, approaching, clear, quietClear)) {
      AccountActivityEvents.statusUpdated(a, duringTheWeek);
    }
    AccountActivityEvents.noteAdded(
        onHold.accountId(),
        "Carl Credit",
        "Customer says the payment run is Friday.",
        duringTheWeek);
    AccountActivityEvents.noteAdded(
        onHold.accountId(),
        "Carl Credit",
        "An old note.",
        duringTheWeek.minus(Duration.ofDays(30)));
    var placed = HoldEvents.placed(rita, null);
    HoldEvents.publish(
        CloudEvent.of(
            placed.id(),
            placed.source(),
            "credit.hold.placed",
            onHold.accountId(),
            duringTheWeek,
            onHold));
    awaitReadModel(List.of(onHold, approaching, clear, quietClear));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                        "select count(*) from account_note where account_id = :a",
                        Map.of("a", onHold.accountId()))
                    == 2);

    clock.moveTo(due);

    await().atMost(Duration.ofSeconds(20)).until(() -> digestsOfWeek(rita, due).size() == 1);
    MimeMessage digest = digestsOfWeek(rita, due).get(0);
    assertThat(digest.getAllRecipients()).hasSize(1);
    String text = MailText.of(digest);
    assertThat(text)
        .contains("Hello Rita Rep,")
        .contains("NEW ORDERS GO THROUGH AN ORDER REVIEW\n\n* Big Buyer\n")
        .contains("Invoice INV-7 (900.00 EUR) is 64 days past due.")
        .contains("A payment of 900.00 EUR would end the order review.")
        .contains("* Soon Ltd, from Tuesday 15 January 2030")
        .contains("Promised: 900.00 EUR by Thursday 10 January 2030.")
        .contains("Big Buyer, order review started")
        .contains("Big Buyer, Carl Credit: Customer says the payment run is Friday.")
        .doesNotContain("An old note.")
        .doesNotContain("* Fine Corp")
        .doesNotContainIgnoringCase("credit hold");
    String week = digests.schedule().isoWeek(due);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                count(
                        "select count(*) from digest_run where iso_week = :w and finished_at is not null",
                        Map.of("w", week))
                    == 1);
    assertThat(
            count(
                "select count(*) from digest_sent where sales_rep_key = :r",
                Map.of("r", quiet.id())))
        .isZero();
    assertThat(Mailboxes.inbox(quiet.email())).isEmpty();
  }

  @Test
  void twoInstancesRunningTheSameWeekSendEachRepOneDigest() throws Exception {
    Party first = rep();
    Party second = rep();
    Instant due = digests.schedule().nextAfter(clock.instant().plus(Duration.ofDays(60)));
    List<HoldEventData> accounts =
        List.of(
            account(first, "One", CreditStatus.ON_HOLD, null, null),
            account(second, "Two", CreditStatus.ON_HOLD, null, null));
    accounts.forEach(a -> AccountActivityEvents.statusUpdated(a, clock.instant()));
    awaitReadModel(accounts);

    Mono.zip(
            digests.run(due).subscribeOn(Schedulers.parallel()),
            digests.run(due).subscribeOn(Schedulers.parallel()))
        .block(Duration.ofSeconds(60));

    assertThat(plannedDigests(first, due)).isEqualTo(1);
    assertThat(plannedDigests(second, due)).isEqualTo(1);
    await().atMost(Duration.ofSeconds(20)).until(() -> digestsOfWeek(first, due).size() == 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> digestsOfWeek(second, due).size() == 1);
  }

  @Test
  void aRunResumedAfterARestartSendsOnlyTheDigestsNotYetSent() throws Exception {
    Party done = rep();
    Party pending = rep();
    Instant due = digests.schedule().nextAfter(clock.instant().plus(Duration.ofDays(90)));
    String week = digests.schedule().isoWeek(due);
    List<HoldEventData> accounts =
        List.of(
            account(done, "Done", CreditStatus.ON_HOLD, null, null),
            account(pending, "Pending", CreditStatus.APPROACHING, null, null));
    accounts.forEach(a -> AccountActivityEvents.statusUpdated(a, clock.instant()));
    awaitReadModel(accounts);
    // the first replica started the run, sent one rep's digest and died
    db.sql("insert into digest_run (iso_week, due_at, started_at) values (:w, :d, now())")
        .bind("w", week)
        .bind("d", due)
        .then()
        .block();
    assertThat(digests.sendTo(done.id(), week, due).block()).isEqualTo(1);

    digests.run(due).block(Duration.ofSeconds(60));

    assertThat(plannedDigests(done, due)).isEqualTo(1);
    assertThat(plannedDigests(pending, due)).isEqualTo(1);
    assertThat(digests.run(due).block()).isZero(); // finished: a later poll does nothing
    await().atMost(Duration.ofSeconds(20)).until(() -> digestsOfWeek(done, due).size() == 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> digestsOfWeek(pending, due).size() == 1);
  }
}
