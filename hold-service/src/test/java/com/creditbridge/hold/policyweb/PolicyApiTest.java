package com.creditbridge.hold.policyweb;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.AccountActivityType;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.PolicyReevaluated;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.ServiceTest;
import com.creditbridge.hold.decision.PolicyReevaluations;
import com.creditbridge.hold.decision.TimeDrivenReevaluation;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import tools.jackson.databind.JsonNode;

/** GET/PUT /api/v1/policy and POST /api/v1/policy/simulate. */
class PolicyApiTest extends ServiceTest {

  private static final Map<String, Object> DEFAULTS =
      Map.ofEntries(
          Map.entry("holdAfterDaysPastDue", 60),
          Map.entry("warnDaysBeforeHold", 7),
          Map.entry("creditLimitHoldRatio", 1.00),
          Map.entry("creditLimitWarnRatio", 0.90),
          Map.entry("pastDueTolerance", "0.00"),
          Map.entry("promiseGraceDays", 2),
          Map.entry("maxPromiseDays", 30),
          Map.entry("maxOverrideDays", 30),
          Map.entry("escalationExposure", "50000.00"),
          Map.entry("escalationAckHours", 24),
          Map.entry("timeZone", "UTC"));

  @Autowired DatabaseClient db;
  @Autowired TimeDrivenReevaluation reevaluation;
  @Autowired PolicyReevaluations reevaluations;

  /** Other test classes share the database: leave the defaults in force. */
  @AfterEach
  void restoreDefaults() {
    JsonNode current = policy();
    if (current.path("holdAfterDaysPastDue").asInt() != 60) {
      put(DEFAULTS).expectStatus().isOk();
    }
  }

  @Test
  void servesTheSettingsInForceWithTheirVersion() {
    web.get()
        .uri("/api/v1/policy")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isNumber()
        .jsonPath("$.holdAfterDaysPastDue")
        .isEqualTo(60)
        .jsonPath("$.pastDueTolerance")
        .isEqualTo("0.00")
        .jsonPath("$.escalationExposure")
        .isEqualTo("50000.00")
        .jsonPath("$.timeZone")
        .isEqualTo("UTC")
        .jsonPath("$.reevaluation.pendingAccounts")
        .isNumber();
  }

  @Test
  void simulatesAChangeWithoutApplyingItThenAppliesItToEveryAccountOnPut() {
    // 40 days past due: CLEAR under the defaults, ON_HOLD when the hold starts after 30 days
    String account =
        knownAccount(
            account(newAccount()).invoice("INV-1", "400.00", "2026-03-26"), CreditStatus.CLEAR);
    long before = policy().path("version").asLong();
    Map<String, Object> stricter = new HashMap<>(DEFAULTS);
    stricter.put("holdAfterDaysPastDue", 30);

    web.post()
        .uri("/api/v1/policy/simulate")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("policy", stricter))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.policyVersionInForce")
        .isEqualTo(before)
        .jsonPath("$.changes[?(@.accountId == '%s')].to".formatted(account))
        .isEqualTo("ON_HOLD")
        .jsonPath("$.changes[?(@.accountId == '%s')].from".formatted(account))
        .isEqualTo("CLEAR")
        .jsonPath("$.transitions['CLEAR->ON_HOLD']")
        .isNumber();
    assertThat(currentStatus(account)).isEqualTo("CLEAR");
    assertThat(policy().path("version").asLong()).isEqualTo(before);
    assertThat(kafka().holdEventsFor(account)).isEmpty();

    put(stricter)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(before + 1)
        .jsonPath("$.holdAfterDaysPastDue")
        .isEqualTo(30);

    // every account is re-evaluated in the background, in batches
    await().atMost(Duration.ofMinutes(2)).until(() -> accountsOnAnOlderPolicy(before + 1) == 0);
    awaitStatus(account, CreditStatus.ON_HOLD).jsonPath("$.policyVersion").isEqualTo(before + 1);
    assertThat(awaitHoldEvents(account, 1).get(0).data().policyVersion()).isEqualTo(before + 1);
  }

  @Test
  void closesTheReevaluationOnceWithTheNumberOfAccountsWhoseStatusThePolicyChanged() {
    String moved =
        knownAccount(
            account(newAccount()).invoice("INV-1", "400.00", "2026-03-26"), CreditStatus.CLEAR);
    String unmoved = knownAccount(account(newAccount()), CreditStatus.CLEAR);
    Map<String, Object> stricter = new HashMap<>(DEFAULTS);
    stricter.put("holdAfterDaysPastDue", 30);

    long version = body(put(stricter).expectStatus().isOk()).path("version").asLong();

    String key = PolicyReevaluated.key(version);
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> !kafka().eventsFor(Topics.ACCOUNT_ACTIVITY, key, Object.class).isEmpty());
    List<HoldEventData> byPolicy =
        kafka()
            .eventsOfType(
                Topics.ACCOUNT_ACTIVITY, AccountActivityType.STATUS_UPDATED, HoldEventData.class)
            .stream()
            .map(CloudEvent::data)
            .filter(d -> d.causedByPolicy() && d.policyVersion() == version)
            .toList();
    assertThat(byPolicy)
        .filteredOn(d -> d.accountId().equals(moved))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.previousStatus()).isEqualTo(CreditStatus.CLEAR);
              assertThat(d.status()).isEqualTo(CreditStatus.ON_HOLD);
            });
    assertThat(byPolicy).noneMatch(d -> d.accountId().equals(unmoved));
    assertThat(awaitHoldEvents(moved, 1).get(0).data().cause())
        .isEqualTo(HoldEventData.CAUSE_POLICY);

    // a later pass (another replica, a restart) closes nothing twice
    assertThat(reevaluations.closeIfDone().block(TIMEOUT)).isFalse();
    reevaluation.wakeUp();
    await()
        .during(Duration.ofSeconds(1))
        .atMost(TIMEOUT)
        .until(() -> kafka().eventsFor(Topics.ACCOUNT_ACTIVITY, key, Object.class).size() == 1);
    CloudEvent<PolicyReevaluated> closed =
        kafka().eventsFor(Topics.ACCOUNT_ACTIVITY, key, PolicyReevaluated.class).get(0);
    assertThat(closed.type()).isEqualTo(AccountActivityType.POLICY_REEVALUATED);
    assertThat(closed.data().policyVersion()).isEqualTo(version);
    assertThat(closed.data().changedAccounts())
        .isEqualTo(
            (int)
                byPolicy.stream()
                    .filter(d -> d.status() != d.previousStatus())
                    .map(HoldEventData::accountId)
                    .distinct()
                    .count())
        .isPositive();
  }

  @Test
  void reportsHowManyAccountsStillWaitForThePolicyChangeUntilNoneDoes() {
    knownAccount(
        account(newAccount()).invoice("INV-1", "400.00", "2026-03-26"), CreditStatus.CLEAR);
    assertThat(policy().path("reevaluation").path("pendingAccounts").asLong()).isZero();
    Map<String, Object> stricter = new HashMap<>(DEFAULTS);
    stricter.put("holdAfterDaysPastDue", 30);

    reevaluation.stop(); // holds the background re-evaluation, so the count is deterministic
    try {
      long accounts = accountsOnAnOlderPolicy(Long.MAX_VALUE);
      JsonNode changed = body(put(stricter).expectStatus().isOk());
      assertThat(changed.path("reevaluation").path("pendingAccounts").asLong())
          .isEqualTo(accounts)
          .isPositive();
      assertThat(policy().path("reevaluation").path("pendingAccounts").asLong())
          .isEqualTo(accounts);
    } finally {
      reevaluation.start();
    }
    reevaluation.wakeUp();

    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> policy().path("reevaluation").path("pendingAccounts").asLong() == 0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "holdAfterDaysPastDue=-1",
        "warnDaysBeforeHold=60",
        "creditLimitWarnRatio=1.5",
        "creditLimitHoldRatio=0",
        "pastDueTolerance=-0.01",
        "timeZone=Mars/Olympus",
        "escalationExposure=",
        "maxPromiseDays=100000",
      })
  void rejectsAnInvalidPolicyAndKeepsTheOneInForce(String change) {
    long before = policy().path("version").asLong();
    Map<String, Object> body = new HashMap<>(DEFAULTS);
    String[] parts = change.split("=", 2);
    if (parts[1].isEmpty()) {
      body.remove(parts[0]);
    } else {
      body.put(parts[0], parts[1]);
    }

    put(body)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(parts[0]);
    assertThat(policy().path("version").asLong()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nope", "{\"holdAfterDaysPastDue\": \"sixty\"}", "[]"})
  void answersAProblemForAPolicyItCannotRead(String body) {
    web.put()
        .uri("/api/v1/policy")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void requiresThePolicyToSimulate() {
    web.post()
        .uri("/api/v1/policy/simulate")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("policy");
  }

  private long accountsOnAnOlderPolicy(long version) {
    return db.sql("select count(*) as n from credit_status where policy_version < :v")
        .bind("v", version)
        .map(row -> row.get("n", Long.class))
        .one()
        .block(TIMEOUT);
  }

  private JsonNode policy() {
    return body(web.get().uri("/api/v1/policy").exchange());
  }

  private static JsonNode body(ResponseSpec response) {
    return EventJson.mapper().readTree(response.expectBody().returnResult().getResponseBody());
  }

  private ResponseSpec put(Map<String, Object> body) {
    return web.put()
        .uri("/api/v1/policy")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }
}
