package com.creditbridge.hold.decision;

import static com.creditbridge.hold.SnapshotFixtures.invoice;
import static com.creditbridge.hold.SnapshotFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.Escalation;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Reason;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.AccountSnapshotBuilder;
import com.creditbridge.hold.KafkaTopics;
import com.creditbridge.hold.ServiceTest;
import com.creditbridge.hold.SnapshotFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** Snapshots on account.payment-status.v1 in, decisions and hold events out. */
class PaymentStatusFlowTest extends ServiceTest {

  private KafkaTopics kafka;

  @Autowired DatabaseClient db;

  @BeforeEach
  void connect() {
    kafka = kafka();
  }

  @Test
  void placesHoldWhenAnInvoiceIsSixtyFiveDaysPastDue() {
    String account = newAccount();

    kafka.publishSnapshot(snapshot(account, 1, invoice("INV-1", "1200.00", "2026-03-01")));

    awaitStatus(account, CreditStatus.ON_HOLD)
        .jsonPath("$.accountId")
        .isEqualTo(account)
        .jsonPath("$.since")
        .isEqualTo("2026-05-05T09:00:00Z")
        .jsonPath("$.reasons.length()")
        .isEqualTo(1)
        .jsonPath("$.reasons[0].code")
        .isEqualTo("PAST_DUE")
        .jsonPath("$.reasons[0].invoiceId")
        .isEqualTo("INV-1")
        .jsonPath("$.reasons[0].daysPastDue")
        .isEqualTo(65)
        .jsonPath("$.reasons[0].amount")
        .isEqualTo("1200.00")
        .jsonPath("$.reasons[0].message")
        .isEqualTo(
            "Invoice INV-1 (1,200.00 EUR) is 65 days past due; the account goes to order review after 60"
                + " days.")
        .jsonPath("$.projectedHoldOn")
        .isEmpty()
        .jsonPath("$.cureAmount")
        .isEqualTo("1200.00")
        .jsonPath("$.exposure")
        .isEqualTo("1200.00")
        .jsonPath("$.creditLimit")
        .isEqualTo("10000.00")
        .jsonPath("$.currency")
        .isEqualTo("EUR")
        .jsonPath("$.policyVersion")
        .isEqualTo(policyVersionInForce())
        .jsonPath("$.evaluatedAt")
        .isEqualTo("2026-05-05T09:00:00Z");
    CloudEvent<HoldEventData> placed = awaitHoldEvents(account, 1).get(0);
    assertThat(placed.type()).isEqualTo("credit.hold.placed");
    assertThat(placed.source()).isEqualTo("/creditbridge/hold-service");
    assertThat(placed.subject()).isEqualTo(account);
    assertThat(placed.time()).isEqualTo(NOW);
    HoldEventData data = placed.data();
    assertThat(placed.id()).isEqualTo(data.decisionId());
    assertThat(data.accountId()).isEqualTo(account);
    assertThat(data.accountName()).isEqualTo("Acme " + account);
    assertThat(data.status()).isEqualTo(CreditStatus.ON_HOLD);
    assertThat(data.previousStatus()).isEqualTo(CreditStatus.CLEAR);
    assertThat(data.reasons()).extracting(Reason::code).containsExactly("PAST_DUE");
    assertThat(data.projectedHoldOn()).isNull();
    assertThat(data.cureAmount()).isEqualTo(new BigDecimal("1200.00"));
    assertThat(data.exposure()).isEqualTo(new BigDecimal("1200.00"));
    assertThat(data.creditLimit()).isEqualTo(new BigDecimal("10000.00"));
    assertThat(data.currency()).isEqualTo("EUR");
    assertThat(data.salesRep()).isEqualTo(SnapshotFixtures.SALES_REP);
    assertThat(data.creditAnalyst()).isEqualTo(SnapshotFixtures.CREDIT_ANALYST);
    assertThat(data.salesManager()).isEqualTo(SnapshotFixtures.SALES_MANAGER);
    assertThat(data.policyVersion()).isEqualTo(policyVersionInForce());
    assertThat(data.segment()).isEqualTo("enterprise");
    assertThat(data.escalation()).isNull();
    assertThat(historyOf(account)).containsExactly("CLEAR->ON_HOLD");
  }

  @Test
  void takesCorrectedContactsWithoutANewDecisionOrTimelineEntry() {
    String account = newAccount();
    kafka.publishSnapshot(
        AccountSnapshotBuilder.account(account).invoice("INV-1", "1200.00", "2026-03-01").build());
    awaitHoldEvents(account, 1);
    String decisionEntries =
        "select count(*) as n from timeline_entry where account_id = :account and kind = 'decision'";
    assertThat(count(decisionEntries, account)).isEqualTo(1);

    // the sales rep's email corrected, then the rep replaced: nothing about the credit changes
    kafka.publishSnapshot(
        AccountSnapshotBuilder.account(account)
            .version(2)
            .salesRepEmail("rep.corrected@example.com")
            .invoice("INV-1", "1200.00", "2026-03-01")
            .build());
    kafka.publishSnapshot(
        AccountSnapshotBuilder.account(account)
            .version(3)
            .salesRep("rep-new")
            .invoice("INV-1", "1200.00", "2026-03-01")
            .build());
    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                "rep-new"
                    .equals(
                        EventJson.mapper()
                            .readTree(
                                web.get()
                                    .uri("/api/v1/accounts/{id}/credit-status", account)
                                    .exchange()
                                    .expectBody()
                                    .returnResult()
                                    .getResponseBody())
                            .path("salesRepId")
                            .asString()));

    assertThat(historyOf(account)).containsExactly("CLEAR->ON_HOLD");
    assertThat(count(decisionEntries, account)).isEqualTo(1);
    assertThat(kafka.eventsFor(Topics.ACCOUNT_ACTIVITY, account, HoldEventData.class)).hasSize(1);
    assertThat(
            count(
                "select count(*) as n from account_snapshot where account_id = :account"
                    + " and sales_rep_email = 'rep-new@example.com'",
                account))
        .isEqualTo(1);

    // the next decision names the people the account has now
    kafka.publishSnapshot(
        AccountSnapshotBuilder.account(account).version(4).salesRep("rep-new").build());
    HoldEventData released = awaitHoldEvents(account, 2).get(1).data();
    assertThat(released.status()).isEqualTo(CreditStatus.CLEAR);
    assertThat(released.salesRep().id()).isEqualTo("rep-new");
    assertThat(released.salesRep().email()).isEqualTo("rep-new@example.com");
  }

  @Test
  void announcesNothingNewWhenTheSameSnapshotIsRedelivered() {
    String account = newAccount();
    kafka.publishSnapshot(snapshot(account, 1, invoice("INV-1", "1200.00", "2026-03-01")));
    awaitHoldEvents(account, 1);

    kafka.publishSnapshot(snapshot(account, 1, invoice("INV-1", "1200.00", "2026-03-01")));
    // records of one account are applied in order: once this one shows, the redelivery is done
    kafka.publishSnapshot(
        snapshot(
            account,
            2,
            invoice("INV-1", "1200.00", "2026-03-01"),
            invoice("INV-2", "500.00", "2026-06-01")));
    awaitExposure(account, "1700.00");

    assertThat(kafka.holdEventsFor(account))
        .extracting(CloudEvent::type)
        .containsExactly("credit.hold.placed");
    assertThat(historyOf(account)).containsExactly("CLEAR->ON_HOLD");
  }

  @Test
  void ignoresASnapshotOlderThanTheOneItHas() {
    String account = newAccount();
    kafka.publishSnapshot(snapshot(account, 5, invoice("INV-1", "1200.00", "2026-03-01")));
    awaitHoldEvents(account, 1);

    kafka.publishSnapshot(snapshot(account, 4)); // older, and would release the hold
    kafka.publishSnapshot(
        snapshot(
            account,
            6,
            invoice("INV-1", "1200.00", "2026-03-01"),
            invoice("INV-2", "500.00", "2026-06-01")));
    awaitExposure(account, "1700.00");

    assertThat(kafka.holdEventsFor(account))
        .extracting(CloudEvent::type)
        .containsExactly("credit.hold.placed");
    assertThat(historyOf(account)).containsExactly("CLEAR->ON_HOLD");
  }

  @Test
  void releasesTheHoldOnceTheInvoiceIsPaid() {
    String account = newAccount();
    kafka.publishSnapshot(snapshot(account, 1, invoice("INV-1", "1200.00", "2026-03-01")));
    awaitHoldEvents(account, 1);

    kafka.publishSnapshot(snapshot(account, 2));

    awaitStatus(account, CreditStatus.CLEAR)
        .jsonPath("$.reasons.length()")
        .isEqualTo(0)
        .jsonPath("$.cureAmount")
        .isEmpty()
        .jsonPath("$.projectedHoldOn")
        .isEmpty()
        .jsonPath("$.exposure")
        .isEqualTo("0.00");
    List<CloudEvent<HoldEventData>> events = awaitHoldEvents(account, 2);
    assertThat(events)
        .extracting(CloudEvent::type)
        .containsExactly("credit.hold.placed", "credit.hold.released");
    HoldEventData released = events.get(1).data();
    assertThat(released.status()).isEqualTo(CreditStatus.CLEAR);
    assertThat(released.previousStatus()).isEqualTo(CreditStatus.ON_HOLD);
    assertThat(released.reasons()).isEmpty();
    assertThat(released.cureAmount()).isNull();
    assertThat(events.get(1).id()).isNotEqualTo(events.get(0).id());
    assertThat(historyOf(account)).containsExactly("CLEAR->ON_HOLD", "ON_HOLD->CLEAR");
  }

  @Test
  void warnsWhenAnInvoiceIsAWeekFromTheHold() {
    String account = newAccount();

    kafka.publishSnapshot(snapshot(account, 1, invoice("INV-7", "300.00", "2026-03-10")));

    awaitStatus(account, CreditStatus.APPROACHING)
        .jsonPath("$.reasons[0].code")
        .isEqualTo("PAST_DUE_SOON")
        .jsonPath("$.reasons[0].daysPastDue")
        .isEqualTo(56)
        .jsonPath("$.projectedHoldOn")
        .isEqualTo("2026-05-10")
        .jsonPath("$.cureAmount")
        .isEqualTo("300.00");
    assertThat(awaitHoldEvents(account, 1))
        .extracting(CloudEvent::type)
        .containsExactly("credit.hold.approaching");
    assertThat(nextEvaluationOf(account)).isEqualTo(Instant.parse("2026-05-10T00:00:00Z"));
  }

  @Test
  void announcesNothingForAFirstSnapshotThatIsClear() {
    String account = newAccount();
    kafka.publishSnapshot(snapshot(account, 1, invoice("INV-1", "800.00", "2026-05-20")));
    awaitStatus(account, CreditStatus.CLEAR)
        .jsonPath("$.projectedHoldOn")
        .isEqualTo("2026-07-20")
        .jsonPath("$.cureAmount")
        .isEmpty();

    kafka.publishSnapshot(snapshot(account, 2, invoice("INV-0", "100.00", "2026-03-01")));

    assertThat(awaitHoldEvents(account, 1))
        .extracting(event -> event.data().previousStatus() + "->" + event.data().status())
        .containsExactly("CLEAR->ON_HOLD");
    assertThat(nextEvaluationOf(account)).isNull();
  }

  @Test
  void skipsARecordThatIsNotACloudEventAndGoesOn() {
    String account = newAccount();

    kafka.publish(account, "not json".getBytes(StandardCharsets.UTF_8));
    kafka.publish(account, "{\"specversion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8));
    // a snapshot without a currency can never be evaluated
    kafka.publish(
        account,
        ("{\"specversion\":\"1.0\",\"id\":\"incomplete-%s\",\"source\":\"/test\","
                + "\"type\":\"account.payment-status.changed\",\"subject\":\"%s\","
                + "\"data\":{\"accountId\":\"%s\",\"ledgerVersion\":1}}")
            .formatted(account, account, account)
            .getBytes(StandardCharsets.UTF_8));
    kafka.publishSnapshot(snapshot(account, 1, invoice("INV-1", "1200.00", "2026-03-01")));

    awaitStatus(account, CreditStatus.ON_HOLD);
  }

  @Test
  void appliesSnapshotsThatArriveTogetherInTheirOrderOnceEachAndSkipsTheUnreadableOnes() {
    String account = newAccount();
    String overdue = "2026-03-01";
    byte[] onHold = EventJson.encode(snapshot(account, 1, invoice("INV-1", "1200.00", overdue)));
    byte[] paid = EventJson.encode(snapshot(account, 2));
    byte[] onHoldAgain =
        EventJson.encode(snapshot(account, 4, invoice("INV-2", "900.00", overdue)));
    byte[] staleClear = EventJson.encode(snapshot(account, 3));

    // published together, so that they mostly arrive in one poll
    kafka.publishAll(
        List.of(
            Map.entry(account, onHold),
            Map.entry(account, "not json".getBytes(StandardCharsets.UTF_8)),
            Map.entry(account, onHold),
            Map.entry(account, paid),
            Map.entry(account, onHoldAgain),
            Map.entry(account, staleClear)));

    assertThat(settledHoldEventTypes(account, 3))
        .containsExactly("credit.hold.placed", "credit.hold.released", "credit.hold.placed");
    assertThat(historyOf(account))
        .containsExactly("CLEAR->ON_HOLD", "ON_HOLD->CLEAR", "CLEAR->ON_HOLD");
    awaitStatus(account, CreditStatus.ON_HOLD)
        .jsonPath("$.reasons[0].invoiceId")
        .isEqualTo("INV-2");
  }

  private long count(String sql, String account) {
    return db.sql(sql)
        .bind("account", account)
        .map(row -> row.get("n", Long.class))
        .one()
        .block(TIMEOUT);
  }

  private List<String> historyOf(String account) {
    return db.sql(
            "select previous_status, status from credit_decision where account_id = :account"
                + " order by seq")
        .bind("account", account)
        .map(
            row ->
                row.get("previous_status", String.class) + "->" + row.get("status", String.class))
        .all()
        .collectList()
        .block(TIMEOUT);
  }

  private Instant nextEvaluationOf(String account) {
    return db.sql("select next_evaluation_at from credit_status where account_id = :account")
        .bind("account", account)
        .map(row -> Optional.ofNullable(row.get("next_evaluation_at", Instant.class)))
        .one()
        .block(TIMEOUT)
        .orElse(null);
  }

  private long policyVersionInForce() {
    return EventJson.mapper()
        .readTree(
            web.get()
                .uri("/api/v1/policy")
                .exchange()
                .expectBody()
                .returnResult()
                .getResponseBody())
        .path("version")
        .asLong();
  }

  @Test
  void asksForAnEscalationWhenABigAccountGoesOnHold() {
    String account = newAccount();

    kafka.publishSnapshot(
        AccountSnapshotBuilder.account(account)
            .creditLimit("100000.00")
            .invoice("INV-1", "60000.00", "2026-03-01")
            .build());

    HoldEventData placed = awaitHoldEvents(account, 1).get(0).data();
    assertThat(placed.escalation()).isEqualTo(new Escalation(new BigDecimal("50000.00"), 24));
    assertThat(placed.reasons()).extracting(Reason::code).containsExactly("PAST_DUE");
  }

  @Test
  void publishesEveryChangeOfTheViewOnTheActivityTopicEvenWithoutATransition() {
    String account = newAccount();
    kafka.publishSnapshot(snapshot(account, 1, invoice("INV-1", "1200.00", "2026-03-01")));
    awaitHoldEvents(account, 1);

    // a second invoice past 60 days: still ON_HOLD, but the reason's amount and the cure change
    kafka.publishSnapshot(
        snapshot(
            account,
            2,
            invoice("INV-1", "1200.00", "2026-03-01"),
            invoice("INV-2", "300.00", "2026-03-02")));

    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                kafka.eventsFor(Topics.ACCOUNT_ACTIVITY, account, HoldEventData.class).size() == 2);
    List<CloudEvent<HoldEventData>> updates =
        kafka.eventsFor(Topics.ACCOUNT_ACTIVITY, account, HoldEventData.class);
    assertThat(updates).extracting(CloudEvent::type).containsOnly("credit.status.updated");
    assertThat(updates.get(1).data().previousStatus()).isEqualTo(CreditStatus.ON_HOLD);
    assertThat(updates.get(1).data().status()).isEqualTo(CreditStatus.ON_HOLD);
    assertThat(updates.get(1).data().cureAmount()).isEqualTo(new BigDecimal("1500.00"));
    assertThat(kafka.holdEventsFor(account)).hasSize(1);
  }

  /** Waits until the served decision has this exposure: the newer snapshot has been applied. */
  private void awaitExposure(String account, String exposure) {
    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                exposure.equals(
                    EventJson.mapper()
                        .readTree(
                            web.get()
                                .uri("/api/v1/accounts/{id}/credit-status", account)
                                .exchange()
                                .expectBody()
                                .returnResult()
                                .getResponseBody())
                        .path("exposure")
                        .asString()));
  }
}
