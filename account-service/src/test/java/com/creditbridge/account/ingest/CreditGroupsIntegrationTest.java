package com.creditbridge.account.ingest;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.accountUpsertedInGroup;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.IntegrationTest;
import com.creditbridge.contracts.CreditGroupRef;
import com.creditbridge.contracts.PaymentStatusChanged;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Credit groups named by account.upserted: terms, versions, the currency rule, leaving. */
class CreditGroupsIntegrationTest extends IntegrationTest {

  @Test
  void membersShareTheGroupTheLastUpsertDescribesAndTheSnapshotsCarryItsVersion() {
    String group = newId("G");
    String acme = newAccountId();
    String beta = newAccountId();
    accept(accountUpsertedInGroup(newId("e"), acme, "USD", group, "Holding", "25000"));
    accept(accountUpsertedInGroup(newId("e"), beta, "USD", group, "Holding AG", "30000.5"));

    account(acme)
        .jsonPath("$.creditGroup.id")
        .isEqualTo(group)
        .jsonPath("$.creditGroup.name")
        .isEqualTo("Holding AG")
        .jsonPath("$.creditGroup.creditLimit")
        .isEqualTo("30000.50");

    Map<String, PaymentStatusChanged> snapshots =
        PublishedSnapshots.newest(Set.of(acme, beta), 1, Duration.ofSeconds(30));
    assertThat(snapshots.get(acme).creditGroup())
        .isEqualTo(new CreditGroupRef(group, "Holding", new BigDecimal("25000.00"), 1));
    assertThat(snapshots.get(beta).creditGroup())
        .isEqualTo(new CreditGroupRef(group, "Holding AG", new BigDecimal("30000.50"), 2));
  }

  @Test
  void anAccountInAnotherCurrencyIsRefusedAndAnUpsertWithoutTheGroupLeavesIt() {
    String group = newId("G");
    String acme = newAccountId();
    String euro = newAccountId();
    accept(accountUpsertedInGroup(newId("e"), acme, "USD", group, "Holding", "100"));

    post(accountUpsertedInGroup(newId("e"), euro, "EUR", group, "Holding", "100"))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("creditGroup.id");
    web.get().uri("/api/v1/accounts/{id}", euro).exchange().expectStatus().isNotFound();

    accept(accountUpserted(newId("e"), acme, "USD", null));
    account(acme).jsonPath("$.creditGroup").isEmpty().jsonPath("$.ledgerVersion").isEqualTo(2);
    PaymentStatusChanged left =
        PublishedSnapshots.newest(Set.of(acme), 2, Duration.ofSeconds(30)).get(acme);
    assertThat(left.creditGroup()).isNull();
  }

  @Test
  void aGroupWithoutItsTermsIsAValidationError() {
    post(accountUpserted(newId("e"), newAccountId(), "JPY", null)
            .replace(
                "\"segment\"",
                "\"creditGroup\":{\"id\":\"G 1\",\"creditLimit\":\"1.5\"},\"segment\""))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[*].field")
        .isEqualTo(List.of("creditGroup.id", "creditGroup.name", "creditGroup.creditLimit"));
  }
}
