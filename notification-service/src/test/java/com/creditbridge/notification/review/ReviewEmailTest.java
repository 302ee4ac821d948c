package com.creditbridge.notification.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.Reason;
import com.creditbridge.contracts.ReviewEventType;
import com.creditbridge.contracts.ReviewRequestData;
import com.creditbridge.contracts.ReviewRequestData.Approval;
import com.creditbridge.contracts.ReviewRequestData.Decline;
import com.creditbridge.notification.support.AccountActivityEvents;
import com.creditbridge.notification.support.HoldEvents;
import com.creditbridge.notification.support.MailText;
import com.creditbridge.notification.support.Mailboxes;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.notification.support.PolicyStub;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review requests' events and manual holds, published on the hold events topic as the hold-service
 * does, emailed through GreenMail to the people who must act or asked.
 */
class ReviewEmailTest extends NotificationIntegrationTest {

  private static final Duration WITHIN = Duration.ofSeconds(20);
  private static final Instant AT = Instant.parse("2026-05-10T08:00:00Z");

  private Account account;

  @BeforeEach
  void anAccountWithItsPeople() {
    PolicyStub.answer(PolicyStub.DEFAULTS); // jointDecisionExposure 100000.00
    account = new Account(UUID.randomUUID().toString().substring(0, 8));
  }

  /** An account's people, all with addresses of their own, so mailboxes stay apart. */
  private record Account(String suffix) {
    String id() {
      return "acct-" + suffix;
    }

    String name() {
      return "ACME " + suffix;
    }

    Party rep() {
      return new Party("rep-" + suffix, "Rita Rep", "rita-" + suffix + "@example.com");
    }

    Party analyst() {
      return new Party("an-" + suffix, "Carl Credit", "carl-" + suffix + "@example.com");
    }

    Party manager() {
      return new Party(null, "Mona Manager", "mona-" + suffix + "@example.com");
    }

    HoldEventData status(String exposure, List<Reason> reasons) {
      return new HoldEventData(
          id(),
          name(),
          CreditStatus.ON_HOLD,
          CreditStatus.CLEAR,
          reasons,
          null,
          null,
          new BigDecimal(exposure),
          new BigDecimal("200000.00"),
          "EUR",
          rep(),
          analyst(),
          manager(),
          "dec-" + UUID.randomUUID(),
          1,
          "enterprise",
          null,
          null);
    }
  }

  /** Makes the account's latest status known, as the hold-service's status update does. */
  private void known(String exposure) {
    AccountActivityEvents.statusUpdated(account.status(exposure, List.of()), AT);
    await()
        .atMost(WITHIN)
        .until(
            () ->
                count(
                        "select count(*) from account_status where account_id = :id",
                        Map.of("id", account.id()))
                    == 1);
  }

  private ReviewRequestData request(int approvalsNeeded) {
    return new ReviewRequestData(
        "rr-" + account.suffix(),
        account.id(),
        account.rep().id(),
        "open",
        "The customer pays on Friday.",
        new Party(null, account.rep().name(), account.rep().email()),
        LocalDate.of(2026, 5, 31),
        new ReviewRequestData.Promise("1200.00", LocalDate.of(2026, 5, 15)),
        approvalsNeeded,
        List.of(),
        null,
        AT,
        null,
        false,
        null);
  }

  private static ReviewRequestData decided(
      ReviewRequestData r, String status, List<Approval> approvals, Decline decline) {
    return new ReviewRequestData(
        r.id(),
        r.accountId(),
        r.salesRepId(),
        status,
        r.reason(),
        r.requestedBy(),
        r.proposedUntil(),
        r.promise(),
        r.approvalsNeeded(),
        approvals,
        decline,
        r.createdAt(),
        AT.plusSeconds(3600),
        r.escalated(),
        r.escalatedAt());
  }

  private static CloudEvent<ReviewRequestData> event(ReviewEventType type, ReviewRequestData data) {
    return CloudEvent.of(
        "rev-" + UUID.randomUUID(),
        "/creditbridge/hold-service",
        type.wireName(),
        data.accountId(),
        AT,
        data);
  }

  private static byte[] publish(CloudEvent<?> event) {
    byte[] value = EventJson.encode(event);
    HoldEvents.publish(event.subject(), value);
    return value;
  }

  private static MimeMessage onlyMail(String address) {
    await().atMost(WITHIN).until(() -> Mailboxes.inbox(address).size() == 1);
    return Mailboxes.inbox(address).get(0);
  }

  private static List<String> addresses(MimeMessage mail, RecipientType type) throws Exception {
    List<String> result = new ArrayList<>();
    var recipients = mail.getRecipients(type);
    if (recipients != null) {
      for (var address : recipients) {
        result.add(((InternetAddress) address).getAddress());
      }
    }
    return result;
  }

  /** Waits until the event was taken in: its message is stored with the emails it planned. */
  private void takenIn(String eventId) {
    await()
        .atMost(WITHIN)
        .until(
            () ->
                count(
                        "select count(*) from notification_message where event_id = :id",
                        Map.of("id", eventId))
                    == 1);
  }

  @Test
  void aRequestNeedingOneApprovalIsEmailedToTheCreditAnalystAlone() throws Exception {
    known("5000.00");
    var requested = event(ReviewEventType.REQUESTED, request(1));

    publish(requested);

    MimeMessage mail = onlyMail(account.analyst().email());
    assertThat(addresses(mail, RecipientType.TO)).containsExactly(account.analyst().email());
    assertThat(mail.getSubject())
        .isEqualTo(account.name() + ": Rita Rep asks for a review of the order review");
    assertThat(MailText.of(mail))
        .contains("Hello Carl Credit,")
        .contains("Rita Rep (" + account.rep().email() + ") asks credit to review")
        .contains("The customer pays on Friday.")
        .contains("promised to pay 1,200.00 EUR by Friday 15 May 2026")
        .contains("release new orders until Sunday 31 May 2026")
        .contains("exposure is 5,000.00 EUR")
        .contains("http://gateway.test:8080/app/accounts/" + account.id())
        .doesNotContain("joint decision");
    assertThat(Mailboxes.inbox(account.manager().email())).isEmpty();
    // recorded like every email: the account's notifications list shows it
    assertThat(
            count(
                "select count(*) from email where event_id = :id and kind = 'review'"
                    + " and account_id = :account and template = 'credit.review.requested'",
                Map.of("id", requested.id(), "account", account.id())))
        .isEqualTo(1);
  }

  @Test
  void aRequestNeedingTwoApprovalsIsEmailedToTheSalesManagerToo() throws Exception {
    known("150000.00");

    publish(event(ReviewEventType.REQUESTED, request(2)));

    MimeMessage mail = onlyMail(account.manager().email());
    assertThat(addresses(mail, RecipientType.TO))
        .containsExactly(account.analyst().email(), account.manager().email());
    assertThat(MailText.of(mail))
        .contains("Hello Carl Credit and Mona Manager,")
        .contains("joint decision: credit and Mona Manager, the sales manager, both approve it")
        .contains("exposure is 150,000.00 EUR");
    assertThat(onlyMail(account.analyst().email()).getMessageID()).isEqualTo(mail.getMessageID());
  }

  @Test
  void anApprovalIsEmailedToTheRequesterWithTheSalesRepInCopy() throws Exception {
    known("150000.00");
    var requester = new Party(null, "Sam Sales", "sam-" + account.suffix() + "@example.com");
    ReviewRequestData asked = request(2);
    asked =
        new ReviewRequestData(
            asked.id(),
            asked.accountId(),
            asked.salesRepId(),
            asked.status(),
            asked.reason(),
            requester,
            asked.proposedUntil(),
            asked.promise(),
            2,
            List.of(),
            null,
            asked.createdAt(),
            null,
            false,
            null);
    var approvals =
        List.of(
            new Approval(
                new Party(null, "Carl Credit", account.analyst().email()),
                "credit",
                "Fine once paid.",
                LocalDate.of(2026, 5, 31),
                AT),
            new Approval(
                new Party(null, "Mona Manager", account.manager().email()),
                "sales-manager",
                null,
                LocalDate.of(2026, 5, 31),
                AT));

    publish(event(ReviewEventType.DECIDED, decided(asked, "approved", approvals, null)));

    MimeMessage mail = onlyMail(requester.email());
    assertThat(addresses(mail, RecipientType.TO)).containsExactly(requester.email());
    assertThat(addresses(mail, RecipientType.CC)).containsExactly(account.rep().email());
    assertThat(mail.getSubject()).isEqualTo(account.name() + ": review request approved");
    assertThat(MailText.of(mail))
        .contains("is approved: new orders are released until Sunday 31 May 2026.")
        .contains("- Carl Credit: \"Fine once paid.\"")
        .contains("- Mona Manager");
    assertThat(onlyMail(account.rep().email()).getMessageID()).isEqualTo(mail.getMessageID());
  }

  @Test
  void aDeclineIsEmailedToTheRequesterWithWhoDeclinedAndWhy() throws Exception {
    known("5000.00");
    var decline =
        new Decline(
            new Party(null, "Carl Credit", account.analyst().email()),
            "Not before the payment.",
            AT);

    publish(event(ReviewEventType.DECIDED, decided(request(1), "declined", List.of(), decline)));

    MimeMessage mail = onlyMail(account.rep().email());
    assertThat(addresses(mail, RecipientType.CC)).isEmpty(); // the requester is the sales rep
    assertThat(mail.getSubject()).isEqualTo(account.name() + ": review request declined");
    assertThat(MailText.of(mail))
        .contains("is declined: new orders still go through the order review.")
        .contains("- Carl Credit: \"Not before the payment.\"")
        .doesNotContain("released until");
  }

  @Test
  void anEscalatedRequestIsEmailedToTheCreditManagers() throws Exception {
    known("5000.00");
    ReviewRequestData asked = request(1);
    var escalated =
        new ReviewRequestData(
            asked.id(),
            asked.accountId(),
            asked.salesRepId(),
            "open",
            asked.reason(),
            asked.requestedBy(),
            asked.proposedUntil(),
            asked.promise(),
            1,
            List.of(),
            null,
            asked.createdAt(),
            null,
            true,
            AT.plusSeconds(48 * 3600));

    publish(event(ReviewEventType.ESCALATED, escalated));

    String subject = account.name() + ": a review request is waiting for a decision";
    await()
        .atMost(WITHIN)
        .until(
            () ->
                Mailboxes.inbox(CREDIT_MANAGERS).stream()
                    .anyMatch(m -> subject.equals(subjectOf(m))));
    MimeMessage mail =
        Mailboxes.inbox(CREDIT_MANAGERS).stream()
            .filter(m -> subject.equals(subjectOf(m)))
            .findFirst()
            .orElseThrow();
    assertThat(MailText.of(mail))
        .contains("Hello credit managers,")
        .contains("asked for a review of the order review of " + account.name())
        .contains("on Sunday 10 May 2026 08:00 UTC, and nobody has decided it yet");
  }

  @Test
  void aManualHoldOnALargeAccountIsEmailedToItsSalesManagerAtOnce() throws Exception {
    var manual =
        new Reason(
            "MANUAL_HOLD",
            "Put by hand by Carl Credit: the customer is in dispute.",
            null,
            null,
            null);
    var placed = HoldEvents.placed(account.rep(), account.analyst());
    var event =
        CloudEvent.of(
            placed.id(),
            placed.source(),
            placed.type(),
            account.id(),
            AT,
            account.status("100000.00", List.of(manual)));

    HoldEvents.publish(event);

    MimeMessage mail = onlyMail(account.manager().email());
    assertThat(addresses(mail, RecipientType.TO)).containsExactly(account.manager().email());
    assertThat(mail.getSubject())
        .isEqualTo(account.name() + ": credit started a manual order review");
    assertThat(MailText.of(mail))
        .contains("Hello Mona Manager,")
        .contains("exposure is 100,000.00 EUR, at or above 100,000.00 EUR")
        .contains("Put by hand by Carl Credit: the customer is in dispute.");
    assertThat(
            count(
                "select count(*) from email where event_id = :key and kind = 'manual_hold'",
                Map.of("key", "manual-hold:" + event.id())))
        .isEqualTo(1);
  }

  @Test
  void aManualHoldOnASmallAccountEmailsNoSalesManager() {
    var manual =
        new Reason("MANUAL_HOLD", "Put by hand by Carl Credit: dispute.", null, null, null);
    var placed = HoldEvents.placed(account.rep(), account.analyst());
    var event =
        CloudEvent.of(
            placed.id(),
            placed.source(),
            placed.type(),
            account.id(),
            AT,
            account.status("99999.99", List.of(manual)));

    HoldEvents.publish(event);

    takenIn(event.id());
    assertThat(
            count(
                "select count(*) from email where event_id like 'manual-hold:%'"
                    + " and account_id = :account",
                Map.of("account", account.id())))
        .isZero();
    assertThat(Mailboxes.inbox(account.manager().email())).isEmpty();
  }

  @Test
  void aRedeliveredEventPlansNoSecondEmail() throws Exception {
    known("150000.00");
    var requested = event(ReviewEventType.REQUESTED, request(1));
    var manual =
        new Reason("MANUAL_HOLD", "Put by hand by Carl Credit: dispute.", null, null, null);
    var placed = HoldEvents.placed(account.rep(), account.analyst());
    var hold =
        CloudEvent.of(
            placed.id(),
            placed.source(),
            placed.type(),
            account.id(),
            AT,
            account.status("150000.00", List.of(manual)));

    byte[] review = publish(requested);
    byte[] manualHold = publish(hold);
    HoldEvents.publish(account.id(), review); // Kafka redelivers: the same records again
    HoldEvents.publish(account.id(), manualHold);
    // a later event of the same account (same partition) shows the duplicates were consumed
    var later = event(ReviewEventType.ESCALATED, request(1));
    publish(later);

    takenIn(later.id());
    assertThat(
            count(
                "select count(*) from email where event_id in (:review, :manualHold)",
                Map.of("review", requested.id(), "manualHold", "manual-hold:" + hold.id())))
        .isEqualTo(2);
    // the analyst: the review request, and the copy of the sales rep's hold email
    await().atMost(WITHIN).until(() -> Mailboxes.inbox(account.analyst().email()).size() == 2);
    assertThat(Mailboxes.inbox(account.analyst().email()))
        .extracting(ReviewEmailTest::subjectOf)
        .filteredOn(subject -> subject.contains("asks for a review"))
        .hasSize(1);
    // the sales manager's one email: the manual hold (the request needed one approval only)
    assertThat(onlyMail(account.manager().email()).getSubject()).contains("manual order review");
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
