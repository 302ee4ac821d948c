package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.infrastructure.Mailbox;
import com.creditbridge.infrastructure.Mailbox.Mail;
import com.creditbridge.local.LocalStack;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Policy changes explained" through the whole system: a stricter policy (order review after 30
 * days past due instead of 60) moves accounts of two sales reps; each rep gets exactly one email,
 * and it lists exactly the accounts that {@code POST /api/v1/policy/simulate} said would move for
 * that rep, no more and no fewer.
 */
@ExtendWith(SharedStack.class)
@Order(SharedStack.LAST_CLASSES + 4)
class PolicyChangeExplainedTest {

  private static final Duration SOON = Duration.ofSeconds(60);
  private static final String ADMIN_KEY = SharedStack.ADMIN_KEY;
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final String RUN = Long.toString(System.nanoTime());

  private static LocalStack stack;
  private static Gateway gateway;

  @BeforeAll
  static void useCreditBridge(LocalStack shared) {
    stack = shared;
    gateway = new Gateway(URI.create(stack.gatewayUrl()), ADMIN_KEY);
  }

  @Test
  void eachAffectedRepGetsOneEmailListingExactlyTheAccountsTheSimulationNamed() throws Exception {
    String anna = "anna-" + RUN + "@example.com";
    String ben = "ben-" + RUN + "@example.com";
    // 40 days past due: clear under 60 days, held under 30; 10 days past due: clear under both
    Map<String, String> repOf = new TreeMap<>();
    account("north-" + RUN, "North Traders", anna, 40, repOf);
    account("south-" + RUN, "South Supplies", anna, 40, repOf);
    account("west-" + RUN, "West Wholesale", ben, 40, repOf);
    account("east-" + RUN, "East Exports", ben, 10, repOf);
    for (String accountId : repOf.keySet()) {
      await()
          .atMost(SOON)
          .until(
              () ->
                  gateway.get("/api/v1/accounts/" + accountId + "/credit-status").status() == 200);
    }

    ObjectNode stricter = settingsInForce();
    stricter.put("holdAfterDaysPastDue", 30);
    stricter.put("warnDaysBeforeHold", 7);
    ObjectNode simulation = EventJson.mapper().createObjectNode();
    simulation.set("policy", stricter);
    JsonNode simulated = gateway.post("/api/v1/policy/simulate", simulation.toString()).json();
    Map<String, List<String>> expected = new TreeMap<>();
    for (JsonNode change : simulated.get("changes")) {
      String accountId = change.get("accountId").asString();
      expected
          .computeIfAbsent(repOf.get(accountId), rep -> new ArrayList<>())
          .add(change.get("accountName").asString());
    }
    assertThat(expected).containsOnlyKeys(anna, ben);

    assertThat(gateway.put("/api/v1/policy", stricter.toString()).status()).isEqualTo(200);

    var mailbox = new Mailbox(stack.infrastructure().imapPort());
    for (String rep : List.of(anna, ben)) {
      Mail mail =
          await()
              .atMost(SOON)
              .until(() -> policyEmails(mailbox, rep), mails -> !mails.isEmpty())
              .get(0);
      for (String name : List.of("North Traders", "South Supplies", "West Wholesale")) {
        assertThat(mail.content().contains(name))
            .as("%s named in %s's email", name, rep)
            .isEqualTo(expected.get(rep).contains(name));
      }
      assertThat(mail.content()).doesNotContain("East Exports");
    }
    // one each, also once every other event of the change has been taken in
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                policyEmails(mailbox, anna).size() == 1 && policyEmails(mailbox, ben).size() == 1);
  }

  private static void account(
      String accountId, String name, String repEmail, int daysPastDue, Map<String, String> repOf)
      throws Exception {
    post(
        """
        {"eventId": "evt-%s", "type": "account.upserted", "accountId": "%s", "name": "%s",
         "currency": "EUR", "creditLimit": "50000.00",
         "salesRep": {"id": "%s", "name": "%s", "email": "%s"}}
        """
            .formatted(
                UUID.randomUUID(),
                accountId,
                name,
                repEmail.substring(0, repEmail.indexOf('@')),
                repEmail,
                repEmail));
    post(
        LedgerEvents.invoiceIssued(
            accountId, "INV-" + UUID.randomUUID(), "1000.00", TODAY.minusDays(daysPastDue)));
    repOf.put(accountId, repEmail);
  }

  private static void post(String event) throws Exception {
    assertThat(gateway.post("/api/v1/ledger-events", event).status()).isEqualTo(202);
  }

  /** The policy in force as a PUT takes it: its settings without the version and progress. */
  private static ObjectNode settingsInForce() throws Exception {
    ObjectNode policy = (ObjectNode) gateway.get("/api/v1/policy").json();
    policy.remove("version");
    policy.remove("reevaluation");
    return policy;
  }

  private static List<Mail> policyEmails(Mailbox mailbox, String rep) throws Exception {
    return mailbox.messagesFor(rep).stream()
        .filter(mail -> mail.subject().startsWith("Credit policy changed"))
        .toList();
  }
}
