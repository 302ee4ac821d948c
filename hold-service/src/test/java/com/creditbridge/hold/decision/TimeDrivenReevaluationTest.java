package com.creditbridge.hold.decision;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.Reason;
import com.creditbridge.hold.ServiceTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Accounts change with the date alone: the scheduler re-evaluates them at the right instant. */
class TimeDrivenReevaluationTest extends ServiceTest {

  @Test
  void driftsFromClearToApproachingToOnHoldWithNoNewEventAndAnnouncesEachTransitionOnce() {
    clock.set(Instant.parse("2026-04-20T09:00:00Z")); // the invoice is 50 days past due
    String account =
        knownAccount(
            account(newAccount()).invoice("INV-1", "1200.00", "2026-03-01"), CreditStatus.CLEAR);

    clock.set(Instant.parse("2026-04-23T23:59:59Z"));
    assertThat(settledHoldEventTypes(account, 0)).isEmpty();

    clock.set(Instant.parse("2026-04-24T00:00:01Z")); // 54 days
    awaitStatus(account, CreditStatus.APPROACHING)
        .jsonPath("$.reasons[0].code")
        .isEqualTo("PAST_DUE_SOON")
        .jsonPath("$.projectedHoldOn")
        .isEqualTo("2026-05-01");
    assertThat(settledHoldEventTypes(account, 1)).containsExactly("credit.hold.approaching");

    clock.set(Instant.parse("2026-05-01T00:00:01Z")); // 61 days
    awaitStatus(account, CreditStatus.ON_HOLD).jsonPath("$.reasons[0].daysPastDue").isEqualTo(61);
    assertThat(settledHoldEventTypes(account, 2))
        .containsExactly("credit.hold.approaching", "credit.hold.placed");
    CloudEvent<HoldEventData> placed = kafka().holdEventsFor(account).get(1);
    assertThat(placed.time()).isEqualTo(Instant.parse("2026-05-01T00:00:01Z"));
    assertThat(placed.data().reasons())
        .extracting(Reason::message)
        .containsExactly(
            "Invoice INV-1 (1,200.00 EUR) is 61 days past due; the account goes to order review after 60"
                + " days.");
  }

  @Test
  void breaksAnUnkeptPromiseWhenItsGraceEndsAndPutsTheAccountBackOnHold() {
    String account =
        knownAccount(
            account(newAccount()).invoice("INV-1", "500.00", "2026-03-01"), CreditStatus.ON_HOLD);

    recordPromise(account, "500.00", "2026-05-07");
    awaitStatus(account, CreditStatus.APPROACHING)
        .jsonPath("$.reasons[1].code")
        .isEqualTo("PROMISE_TO_PAY")
        .jsonPath("$.promise.graceEndsOn")
        .isEqualTo("2026-05-09")
        .jsonPath("$.projectedHoldOn")
        .isEqualTo("2026-05-10");

    clock.set(Instant.parse("2026-05-09T23:00:00Z"));
    assertThat(settledHoldEventTypes(account, 2))
        .containsExactly("credit.hold.placed", "credit.hold.released");

    clock.set(Instant.parse("2026-05-10T00:00:01Z"));
    awaitStatus(account, CreditStatus.ON_HOLD)
        .jsonPath("$.reasons[1].code")
        .isEqualTo("PROMISE_BROKEN")
        .jsonPath("$.promise")
        .isEmpty();
    assertThat(settledHoldEventTypes(account, 4))
        .containsExactly(
            "credit.hold.placed",
            "credit.hold.released",
            "credit.promise.broken",
            "credit.hold.placed");
    HoldEventData broken = kafka().holdEventsFor(account).get(2).data();
    assertThat(broken.promise().amount()).isEqualByComparingTo("500.00");
    assertThat(broken.promise().graceEndsOn()).hasToString("2026-05-09");
  }

  @Test
  void putsTheAccountBackOnHoldTheDayAfterItsOverrideEnds() {
    String account =
        knownAccount(
            account(newAccount()).invoice("INV-1", "500.00", "2026-03-01"), CreditStatus.ON_HOLD);
    web.post()
        .uri("/api/v1/accounts/{id}/overrides", account)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reason", "CEO call", "approvedBy", "Carla", "until", "2026-05-07"))
        .exchange()
        .expectStatus()
        .isCreated();
    awaitStatus(account, CreditStatus.CLEAR)
        .jsonPath("$.override.until")
        .isEqualTo("2026-05-07")
        .jsonPath("$.reasons[1].code")
        .isEqualTo("OVERRIDE");

    clock.set(Instant.parse("2026-05-07T23:59:00Z"));
    assertThat(settledHoldEventTypes(account, 2))
        .containsExactly("credit.hold.placed", "credit.hold.released");

    clock.set(Instant.parse("2026-05-08T00:00:01Z"));
    awaitStatus(account, CreditStatus.ON_HOLD).jsonPath("$.override.active").isEqualTo(false);
    assertThat(settledHoldEventTypes(account, 3))
        .containsExactly("credit.hold.placed", "credit.hold.released", "credit.hold.placed");
  }

  private void recordPromise(String account, String amount, String promisedOn) {
    web.post()
        .uri("/api/v1/accounts/{id}/promises", account)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("amount", amount, "promisedOn", promisedOn, "recordedBy", "Paula"))
        .exchange()
        .expectStatus()
        .isCreated();
  }
}
