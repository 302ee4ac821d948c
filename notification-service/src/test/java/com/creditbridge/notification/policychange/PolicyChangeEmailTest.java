package com.creditbridge.notification.policychange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.Reason;
import com.creditbridge.notification.support.AccountActivityEvents;
import com.creditbridge.notification.support.MailText;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.notification.support.RepAccounts;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Policy changes explained: one email per affected sales rep and policy version. */
class PolicyChangeEmailTest extends NotificationIntegrationTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** A version no other test uses (they share the database). */
  private static long newVersion() {
    return ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
  }

  /** The status update the re-evaluation with {@code version} announces for a moved account. */
  private static HoldEventData movedBy(
      long version, Party rep, String name, CreditStatus from, CreditStatus to, String... why) {
    HoldEventData base = RepAccounts.account(rep, name, to);
    return new HoldEventData(
        base.accountId(),
        base.accountName(),
        to,
        from,
        java.util.Arrays.stream(why)
            .map(w -> new Reason("PAST_DUE", w, "INV-1", 40, new BigDecimal("400.00")))
            .toList(),
        null,
        base.cureAmount(),
        base.exposure(),
        base.creditLimit(),
        base.currency(),
        rep,
        base.creditAnalyst(),
        null,
        base.decisionId(),
        version,
        null,
        null,
        null,
        HoldEventData.CAUSE_POLICY);
  }

  private long emailsOf(long version) {
    return count(
        "select count(*) from email where event_id = :k", Map.of("k", "policy-change:" + version));
  }

  @Test
  void eachAffectedRepGetsOneEmailListingExactlyTheirMovedAccountsWhateverTheOrderOfArrival()
      throws Exception {
    long version = newVersion();
    Party rita = RepAccounts.rep("Rita Policy");
    Party sam = RepAccounts.rep("Sam Policy");
    Party nobody = new Party(null, null, null);
    HoldEventData acme =
        movedBy(
            version,
            rita,
            "Acme Ltd",
            CreditStatus.CLEAR,
            CreditStatus.ON_HOLD,
            "Invoice INV-1 (400.00 EUR) is 40 days past due.");
    HoldEventData zenith =
        movedBy(
            version,
            rita,
            "Zenith AG",
            CreditStatus.CLEAR,
            CreditStatus.APPROACHING,
            "Invoice INV-1 (400.00 EUR) is 25 days past due.");
    HoldEventData bolt =
        movedBy(version, sam, "Bolt GmbH", CreditStatus.ON_HOLD, CreditStatus.CLEAR);
    HoldEventData orphan =
        movedBy(version, nobody, "Orphan Co", CreditStatus.CLEAR, CreditStatus.ON_HOLD, "Late.");
    // the same version re-worded a reason without moving the account: nothing to explain
    HoldEventData unmoved =
        movedBy(version, sam, "Steady Ltd", CreditStatus.ON_HOLD, CreditStatus.ON_HOLD, "Late.");

    // the count first, then the moves, one by one, on their own partitions
    CloudEvent<?> closed = AccountActivityEvents.reevaluatedEvent(version, 4, clock.instant());
    AccountActivityEvents.publish(closed);
    List<CloudEvent<HoldEventData>> moves =
        List.of(acme, zenith, unmoved, bolt).stream()
            .map(d -> AccountActivityEvents.statusEvent(d, clock.instant()))
            .toList();
    moves.forEach(AccountActivityEvents::publish);
    assertThat(emailsOf(version)).as("three of four moves arrived").isZero();
    CloudEvent<HoldEventData> last = AccountActivityEvents.statusEvent(orphan, clock.instant());
    AccountActivityEvents.publish(last);

    await().atMost(TIMEOUT).until(() -> Mailboxes.inbox(rita.email()).size() == 1);
    await().atMost(TIMEOUT).until(() -> Mailboxes.inbox(sam.email()).size() == 1);
    MimeMessage toRita = Mailboxes.inbox(rita.email()).get(0);
    assertThat(toRita.getSubject()).isEqualTo("Credit policy changed: 2 of your accounts moved");
    assertThat(MailText.of(toRita))
        .contains("Hello Rita Policy,")
        .contains(
            "* Acme Ltd: In good standing → Order review, because: Invoice INV-1 (400.00 EUR) is"
                + " 40 days past due.")
        .contains("* Zenith AG: In good standing → Payment reminder, because: Invoice INV-1")
        .contains("http://gateway.test:8080/app/")
        .doesNotContain("Bolt GmbH")
        .doesNotContain("Orphan Co")
        .doesNotContainIgnoringCase("credit hold");
    MimeMessage toSam = Mailboxes.inbox(sam.email()).get(0);
    assertThat(toSam.getSubject()).isEqualTo("Credit policy changed: 1 of your accounts moved");
    assertThat(MailText.of(toSam))
        .contains("* Bolt GmbH: Order review → In good standing.")
        .doesNotContain("Steady Ltd")
        .doesNotContain("Acme Ltd");
    assertThat(
            count(
                "select count(*) from policy_reevaluation where policy_version = :v"
                    + " and accounts_without_rep = 1 and emails_planned_at is not null",
                Map.of("v", version)))
        .isOne();

    // redelivered (same ids) and replayed (new ids): nothing more
    AccountActivityEvents.publish(closed);
    AccountActivityEvents.publish(last);
    AccountActivityEvents.publish(AccountActivityEvents.statusEvent(acme, clock.instant()));
    AccountActivityEvents.publish(
        AccountActivityEvents.reevaluatedEvent(version, 4, clock.instant()));
    await()
        .during(Duration.ofSeconds(2))
        .atMost(TIMEOUT)
        .until(
            () ->
                Mailboxes.inbox(rita.email()).size() == 1
                    && Mailboxes.inbox(sam.email()).size() == 1
                    && emailsOf(version) == 2);
  }

  @Test
  void aPolicyVersionThatMovedNoAccountSendsNothing() {
    long version = newVersion();

    AccountActivityEvents.publish(
        AccountActivityEvents.reevaluatedEvent(version, 0, clock.instant()));

    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                count(
                        "select count(*) from policy_reevaluation where policy_version = :v"
                            + " and changed_accounts = 0 and emails_planned_at is not null",
                        Map.of("v", version))
                    == 1);
    assertThat(emailsOf(version)).isZero();
  }
}
