package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.local.LocalStack;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The second-wave worked example of credit-policy.md, played through the gateway against the whole
 * system: ACME (limit 10,000.00) and BETA (no limit) share the group acme-holding (limit
 * 25,000.00); ACME has invoices of 6,000.00 and an order of 1,500.00, BETA invoices of 14,000.00.
 * Checks of 1,000.00, 1,600.00 and 3,600.00 on ACME approve, review and block; a further 2,000.00
 * invoiced to BETA brings both members to APPROACHING through the group.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedStack.class)
@Order(SharedStack.LAST_CLASSES + 2)
class CreditCheckWorkedExampleTest {

  private static final Duration SOON = Duration.ofSeconds(30);
  private static final String ADMIN_KEY = SharedStack.ADMIN_KEY;
  private static final String RUN = Long.toString(System.nanoTime());
  private static final String ACME = "acme-" + RUN;
  private static final String BETA = "beta-" + RUN;
  private static final String GROUP = "acme-holding-" + RUN;
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private static LocalStack stack;
  private static Gateway gateway;

  @BeforeAll
  static void useCreditBridge(LocalStack shared) {
    stack = shared;
    gateway = new Gateway(URI.create(stack.gatewayUrl()), ADMIN_KEY);
  }

  @Test
  @Order(1)
  void acmeIsClearWithItsInvoicesAndItsOpenOrderCountedInItsExposure() throws Exception {
    post(upsert(ACME, "ACME Trading", "\"10000.00\""));
    post(upsert(BETA, "BETA Ltd", "null"));
    post(invoice(ACME, "INV-A1", "6000.00"));
    post(invoice(BETA, "INV-B1", "14000.00"));
    post(order(ACME, "SO-A1", "1500.00", "EUR"));

    JsonNode acme = awaitCreditStatus(ACME, "7500.00");
    assertThat(acme.get("status").asString()).isEqualTo("CLEAR");
    JsonNode group = awaitGroupExposure("21500.00");
    assertThat(group.get("creditLimit").asString()).isEqualTo("25000.00");
    assertThat(group.get("currency").asString()).isEqualTo("EUR");
    JsonNode orders = gateway.get("/api/v1/accounts/" + ACME + "/orders?status=open").json();
    assertThat(orders.get("items")).hasSize(1);
    assertThat(orders.get("items").get(0).get("openAmount").asString()).isEqualTo("1500.00");
  }

  @Test
  @Order(2)
  void aCheckThatStaysWithinBothWarnRatiosIsApproved() throws Exception {
    JsonNode check = check(ACME, "1000.00", "EUR", 200);

    assertThat(check.get("decision").asString()).isEqualTo("approve");
    assertThat(codes(check)).isEmpty();
    assertThat(check.get("accountId").asString()).isEqualTo(ACME);
    assertThat(check.get("status").asString()).isEqualTo("CLEAR");
    assertThat(check.get("exposure").asString()).isEqualTo("7500.00");
    assertThat(check.get("exposureAfter").asString()).isEqualTo("8500.00");
    assertThat(check.get("groupExposureAfter").asString()).isEqualTo("22500.00");
    assertThat(check.get("creditLimit").asString()).isEqualTo("10000.00");
    assertThat(check.get("availableCredit").asString()).isEqualTo("2500.00");
    assertThat(check.get("currency").asString()).isEqualTo("EUR");
    assertThat(check.get("checkId").asString()).isNotBlank();
  }

  @Test
  @Order(3)
  void aCheckAboveTheAccountsAndTheGroupsWarnRatioGoesToReview() throws Exception {
    JsonNode check = check(ACME, "1600.00", "EUR", 200);

    assertThat(check.get("decision").asString()).isEqualTo("review");
    assertThat(codes(check)).containsExactly("CREDIT_LIMIT_NEAR", "GROUP_LIMIT_NEAR");
    assertThat(check.get("exposureAfter").asString()).isEqualTo("9100.00");
    assertThat(check.get("groupExposureAfter").asString()).isEqualTo("23100.00");
    assertThat(check.get("reasons").get(0).get("message").asString()).contains("9,100.00");
  }

  @Test
  @Order(4)
  void aCheckAboveBothLimitsIsBlockedNamingBoth() throws Exception {
    JsonNode check = check(ACME, "3600.00", "EUR", 200);

    assertThat(check.get("decision").asString()).isEqualTo("block");
    assertThat(codes(check)).containsExactly("CREDIT_LIMIT_EXCEEDED", "GROUP_LIMIT_EXCEEDED");
    assertThat(check.get("exposureAfter").asString()).isEqualTo("11100.00");
    assertThat(check.get("groupExposureAfter").asString()).isEqualTo("25100.00");
    assertThat(check.get("availableCredit").asString()).isEqualTo("2500.00");
  }

  @Test
  @Order(5)
  void checksChangeNothingAndAreListedNewestFirst() throws Exception {
    JsonNode acme = gateway.get("/api/v1/accounts/" + ACME + "/credit-status").json();
    assertThat(acme.get("status").asString()).isEqualTo("CLEAR");
    assertThat(acme.get("exposure").asString()).isEqualTo("7500.00");

    JsonNode checks = gateway.get("/api/v1/credit-checks?accountId=" + ACME).json();
    List<String> decisions = new ArrayList<>();
    checks.get("items").forEach(c -> decisions.add(c.get("decision").asString()));
    assertThat(decisions).containsExactly("block", "review", "approve");
  }

  @Test
  @Order(6)
  void moreInvoicedToBetaBringsBothMembersToApproachingThroughTheGroup() throws Exception {
    post(invoice(BETA, "INV-B2", "2000.00"));

    JsonNode group = awaitGroupExposure("23500.00");
    assertThat(group.get("status").asString()).isEqualTo("APPROACHING");
    assertThat(group.get("members")).hasSize(2);
    for (String member : List.of(ACME, BETA)) {
      JsonNode status =
          await()
              .atMost(SOON)
              .until(
                  () -> gateway.get("/api/v1/accounts/" + member + "/credit-status").json(),
                  s -> s != null && "APPROACHING".equals(s.path("status").asString("")));
      assertThat(codes(status)).as(member).containsExactly("GROUP_LIMIT_NEAR");
      assertThat(status.get("cureAmount").asString()).as(member).isEqualTo("1000.00");
    }
  }

  @Test
  @Order(7)
  void aKeyWithoutTheCreditCheckScopeIsRefused() throws Exception {
    var created =
        gateway.post(
            "/api/v1/api-keys",
            "{\"name\":\"reader " + RUN + "\",\"scopes\":[\"credit:read\",\"ledger:read\"]}");
    assertThat(created.status()).isEqualTo(201);
    Gateway reader = gateway.withKey(created.json().get("key").asString());

    var refused = reader.post("/api/v1/credit-checks", body(ACME, "10.00", "EUR"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    var checker =
        gateway.post(
            "/api/v1/api-keys", "{\"name\":\"erp " + RUN + "\",\"scopes\":[\"credit:check\"]}");
    assertThat(checker.status()).isEqualTo(201);
    var allowed =
        gateway
            .withKey(checker.json().get("key").asString())
            .post("/api/v1/credit-checks", body(ACME, "10.00", "EUR"));
    assertThat(allowed.status()).isEqualTo(200);
  }

  @Test
  @Order(7)
  void anOrderInAnotherCurrencyIsRejected() throws Exception {
    var order = gateway.post("/api/v1/ledger-events", order(ACME, "SO-USD", "100.00", "USD"));
    assertThat(order.status()).isEqualTo(422);

    var check = gateway.post("/api/v1/credit-checks", body(ACME, "100.00", "USD"));
    assertThat(check.status()).isEqualTo(422);
    assertThat(check.contentType()).startsWith("application/problem+json");
  }

  @Test
  @Order(7)
  void aCheckForAnUnknownAccountIsNotFound() throws Exception {
    var check = gateway.post("/api/v1/credit-checks", body("nobody-" + RUN, "100.00", "EUR"));

    assertThat(check.status()).isEqualTo(404);
    assertThat(check.contentType()).startsWith("application/problem+json");
  }

  private static void post(String event) throws Exception {
    var answer = gateway.post("/api/v1/ledger-events", event);
    assertThat(answer.status()).as(event).isEqualTo(202);
  }

  private static JsonNode check(String accountId, String amount, String currency, int expected)
      throws Exception {
    var answer = gateway.post("/api/v1/credit-checks", body(accountId, amount, currency));
    assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(expected);
    return answer.json();
  }

  private static JsonNode awaitCreditStatus(String accountId, String exposure) {
    return await()
        .atMost(SOON)
        .until(
            () -> gateway.get("/api/v1/accounts/" + accountId + "/credit-status").json(),
            s -> s != null && exposure.equals(s.path("exposure").asString("")));
  }

  private static JsonNode awaitGroupExposure(String exposure) {
    return await()
        .atMost(SOON)
        .until(
            () -> gateway.get("/api/v1/credit-groups/" + GROUP).json(),
            g -> g != null && exposure.equals(g.path("exposure").asString("")));
  }

  private static List<String> codes(JsonNode withReasons) {
    List<String> codes = new ArrayList<>();
    withReasons.path("reasons").forEach(r -> codes.add(r.get("code").asString()));
    return codes;
  }

  private static String body(String accountId, String amount, String currency) {
    return """
        {"accountId": "%s", "amount": "%s", "currency": "%s"}
        """
        .formatted(accountId, amount, currency);
  }

  private static String upsert(String accountId, String name, String creditLimit) {
    return """
        {"eventId": "%s", "type": "account.upserted", "accountId": "%s", "name": "%s",
         "currency": "EUR", "creditLimit": %s,
         "salesRep": {"id": "rep-rita", "name": "Rita Rep", "email": "%s"},
         "creditGroup": {"id": "%s", "name": "ACME Holding", "creditLimit": "25000.00"}}
        """
        .formatted(newId(), accountId, name, creditLimit, LedgerEvents.REP_EMAIL, GROUP);
  }

  /** An invoice issued today and due in 30 days: it counts toward exposure, not past due. */
  private static String invoice(String accountId, String invoiceId, String amount) {
    return """
        {"eventId": "%s", "type": "invoice.issued", "accountId": "%s", "invoiceId": "%s",
         "amount": "%s", "currency": "EUR", "issuedOn": "%s", "dueOn": "%s"}
        """
        .formatted(newId(), accountId, invoiceId, amount, TODAY, TODAY.plusDays(30));
  }

  private static String order(String accountId, String orderId, String amount, String currency) {
    return """
        {"eventId": "%s", "type": "order.placed", "accountId": "%s", "orderId": "%s",
         "amount": "%s", "currency": "%s", "placedOn": "%s"}
        """
        .formatted(newId(), accountId, orderId, amount, currency, TODAY);
  }

  private static String newId() {
    return "evt-" + UUID.randomUUID();
  }
}
