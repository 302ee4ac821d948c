package com.creditbridge.hold.decision;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.hold.AccountSnapshotBuilder;
import com.creditbridge.hold.ServiceTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Open orders and credit groups in the decision, against the real Kafka and PostgreSQL: orders
 * count toward exposure until they age out, and a change of one member re-decides every member.
 */
class OrdersAndGroupsFlowTest extends ServiceTest {

  @Autowired CreditDecisionService decisions;

  @Test
  void anOpenOrderCountsTowardExposureUntilItAgesOutUnderThePolicy() {
    // 85 days old on 5 May: it counts for 5 more days (openOrderDays 90)
    String acme =
        knownAccount(
            account(newAccount())
                .invoice("INV-1", "6000.00", "2026-12-31")
                .order("ORD-1", "3500.00", "2026-02-09"),
            CreditStatus.APPROACHING);
    JsonNode status = creditStatus(acme);
    assertThat(status.path("exposure").asString()).isEqualTo("9500.00");
    assertThat(status.path("reasons").get(0).path("code").asString())
        .isEqualTo("CREDIT_LIMIT_NEAR");

    clock.advance(Duration.ofDays(7));
    awaitStatus(acme, CreditStatus.CLEAR).jsonPath("$.exposure").isEqualTo("6000.00");
    assertThat(settledHoldEventTypes(acme, 2))
        .containsExactly("credit.hold.approaching", "credit.hold.averted");
  }

  @Test
  void aSisterInvoicedMoreTakesBothMembersToApproachingOnTheGroupLimit() {
    // credit-policy.md, second-wave worked example: group limit 25,000.00
    String group = "grp-" + UUID.randomUUID();
    String acme =
        knownAccount(
            account(newAccount())
                .invoice("INV-A", "6000.00", "2026-12-31")
                .order("ORD-A", "1500.00", "2026-05-01")
                .group(group, "25000.00", 1),
            CreditStatus.CLEAR);
    AccountSnapshotBuilder beta =
        account(newAccount())
            .creditLimit(null)
            .invoice("INV-B", "14000.00", "2026-12-31")
            .group(group, "25000.00", 1);
    String betaId = knownAccount(beta, CreditStatus.CLEAR);

    kafka().publishSnapshot(beta.version(2).invoice("INV-B2", "2000.00", "2026-12-31").build());

    for (String member : List.of(acme, betaId)) {
      awaitStatus(member, CreditStatus.APPROACHING)
          .jsonPath("$.reasons[0].code")
          .isEqualTo("GROUP_LIMIT_NEAR")
          .jsonPath("$.cureAmount")
          .isEqualTo("1000.00");
      assertThat(settledHoldEventTypes(member, 1)).containsExactly("credit.hold.approaching");
    }
    assertThat(creditStatus(acme).path("exposure").asString()).isEqualTo("7500.00");
  }

  @Test
  void twoMembersAppliedAtOnceEachDecideWithTheOthersExposure() {
    String group = "grp-" + UUID.randomUUID();
    ReceivedSnapshot first = received(groupMember(group));
    ReceivedSnapshot second = received(groupMember(group));

    Mono.when(decisions.applySnapshots(List.of(first)), decisions.applySnapshots(List.of(second)))
        .block(TIMEOUT);

    // 10,000.00 each of a 20,000.00 group: above 90 % only when both are counted
    for (ReceivedSnapshot member : List.of(first, second)) {
      awaitStatus(member.accountId(), CreditStatus.APPROACHING)
          .jsonPath("$.reasons[0].code")
          .isEqualTo("GROUP_LIMIT_NEAR");
    }
  }

  private static AccountSnapshotBuilder groupMember(String group) {
    return account(newAccount())
        .creditLimit(null)
        .invoice("INV-1", "10000.00", "2026-12-31")
        .group(group, "20000.00", 1);
  }

  private static ReceivedSnapshot received(AccountSnapshotBuilder builder) {
    var event = builder.build();
    return new ReceivedSnapshot(event.id(), PaymentStatusTranslation.fromWire(event.data()));
  }

  private JsonNode creditStatus(String account) {
    byte[] body =
        web.get()
            .uri("/api/v1/accounts/{id}/credit-status", account)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return EventJson.mapper().readTree(body);
  }
}
