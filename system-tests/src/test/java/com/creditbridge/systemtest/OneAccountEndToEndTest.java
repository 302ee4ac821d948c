package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.infrastructure.Mailbox;
import com.creditbridge.local.LocalSettings;
import com.creditbridge.local.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The core promise, through the gateway only, against the whole system started the way the local
 * runner starts it: an ERP posts an account and an overdue invoice, and the CRM and the sales rep
 * hear about the hold, with the reason; a payment lifts it; a restart loses nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneAccountEndToEndTest {

  private static final Duration SOON = Duration.ofSeconds(30);
  private static final String ADMIN_KEY = "cb_test_admin_" + "k".repeat(32);
  private static final String ACCOUNT = "acme-" + System.nanoTime();
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private static Path dataDir;
  private static LocalStack stack;
  private static Gateway gateway;
  private static WebhookSink crm;
  private static String webhookSecret;

  @BeforeAll
  static void startCreditBridge() throws Exception {
    dataDir = Files.createTempDirectory("creditbridge-system-test");
    stack = LocalStack.start(settings());
    gateway = new Gateway(URI.create(stack.gatewayUrl()), ADMIN_KEY);
    crm = new WebhookSink();
  }

  private static LocalSettings settings() {
    return SystemTestHome.stackSettings(dataDir, ADMIN_KEY);
  }

  @AfterAll
  static void stopCreditBridge() {
    if (crm != null) {
      crm.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void refusesCallsWithoutTheAdminKey() throws Exception {
    var response = gateway.withKey(null).get("/api/v1/accounts/" + ACCOUNT);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString())
        .isEqualTo("urn:creditbridge:problem:unauthorized");

    var wrongKey = gateway.withKey("not-the-key").get("/api/v1/accounts/" + ACCOUNT);
    assertThat(wrongKey.status()).isEqualTo(401);
  }

  @Test
  @Order(1)
  void refusesADirectCallToAServiceThatBypassesTheGateway() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String account = "http://127.0.0.1:" + stack.servicePort("account-service");

    HttpResponse<String> direct =
        http.send(
            HttpRequest.newBuilder(URI.create(account + "/api/v1/accounts/" + ACCOUNT)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(direct.statusCode()).isEqualTo(401);
    assertThat(direct.body()).contains("urn:creditbridge:problem:unauthorized");

    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create(account + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  @Order(1)
  void returnsTheClientsRequestIdThroughTheGateway() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(stack.gatewayUrl() + "/api/v1/accounts/" + ACCOUNT))
                    .header("Authorization", "Bearer " + ADMIN_KEY)
                    .header("X-Request-Id", "system-test:1")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    // the account does not exist yet: account-service's own 404 problem, relayed by the gateway
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("urn:creditbridge:problem:not-found");
    assertThat(response.headers().allValues("X-Request-Id")).containsExactly("system-test:1");
  }

  @Test
  @Order(2)
  void registersTheCrmWebhookAndShowsItsSecretOnce() throws Exception {
    var created =
        gateway.post(
            "/api/v1/webhook-endpoints",
            """
            {"url": "%s", "description": "CRM", "eventTypes": []}
            """
                .formatted(crm.url()));
    assertThat(created.status()).isEqualTo(201);
    webhookSecret = created.json().get("secret").asString();
    assertThat(webhookSecret).startsWith("whsec_");

    var fetched = gateway.get("/api/v1/webhook-endpoints/" + created.json().get("id").asString());
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.json().has("secret")).isFalse();
  }

  @Test
  @Order(3)
  void placesAHoldOnAnInvoiceSixtyFiveDaysPastDueAndTellsTheCrmAndTheSalesRep() throws Exception {
    assertThat(
            gateway
                .post("/api/v1/ledger-events", LedgerEvents.accountUpserted(ACCOUNT, "ACME Corp"))
                .status())
        .isEqualTo(202);
    var invoice =
        gateway.post(
            "/api/v1/ledger-events",
            LedgerEvents.invoiceIssued(ACCOUNT, "INV-1", "1200.00", TODAY.minusDays(65)));
    assertThat(invoice.status()).isEqualTo(202);
    assertThat(invoice.json().get("status").asString()).isEqualTo("accepted");

    JsonNode status = awaitCreditStatus("ON_HOLD");
    assertThat(status.get("reasons").get(0).get("code").asString()).isEqualTo("PAST_DUE");

    var placed = crm.await(r -> r.body().contains("\"credit.hold.placed\""), SOON);
    assertThat(placed.header("content-type")).startsWith("application/cloudevents+json");
    assertThat(
            new StandardWebhooksVerifier(webhookSecret)
                .verifies(
                    placed.header("webhook-id"),
                    placed.header("webhook-timestamp"),
                    placed.body(),
                    placed.header("webhook-signature")))
        .as("the CRM can verify the signature from the spec alone")
        .isTrue();
    JsonNode event = tools.jackson.databind.json.JsonMapper.shared().readTree(placed.body());
    assertThat(event.get("data").get("accountId").asString()).isEqualTo(ACCOUNT);
    assertThat(event.get("data").get("reasons").get(0).get("code").asString())
        .isEqualTo("PAST_DUE");

    var mailbox = new Mailbox(stack.infrastructure().imapPort());
    var mail =
        await()
            .atMost(SOON)
            .until(
                () -> mailbox.messagesFor(LedgerEvents.REP_EMAIL),
                mails -> mails.stream().anyMatch(m -> m.content().contains("INV-1")))
            .stream()
            .filter(m -> m.content().contains("INV-1"))
            .findFirst()
            .orElseThrow();
    assertThat(mail.to()).contains(LedgerEvents.REP_EMAIL);
    assertThat(mail.cc()).contains(LedgerEvents.ANALYST_EMAIL);
    assertThat(mail.content()).contains("1,200.00").contains("65 days");
  }

  @Test
  @Order(4)
  void releasesTheHoldWhenThePaymentArrives() throws Exception {
    var payment =
        gateway.post(
            "/api/v1/ledger-events",
            LedgerEvents.paymentReceived(ACCOUNT, "PAY-1", "1200.00", TODAY));
    assertThat(payment.status()).isEqualTo(202);

    awaitCreditStatus("CLEAR");
    crm.await(r -> r.body().contains("\"credit.hold.released\""), SOON);

    var account = gateway.get("/api/v1/accounts/" + ACCOUNT);
    assertThat(account.json().get("exposure").asString()).isEqualTo("0.00");
  }

  @Test
  @Order(5)
  void keepsEverythingAcceptedAcrossARestart() throws Exception {
    long versionBefore =
        gateway.get("/api/v1/accounts/" + ACCOUNT).json().get("ledgerVersion").asLong();
    stack.close();
    stack = LocalStack.start(settings());
    gateway = new Gateway(URI.create(stack.gatewayUrl()), ADMIN_KEY);

    var account = gateway.get("/api/v1/accounts/" + ACCOUNT);
    assertThat(account.status()).isEqualTo(200);
    assertThat(account.json().get("ledgerVersion").asLong()).isEqualTo(versionBefore);
    assertThat(
            gateway
                .get("/api/v1/accounts/" + ACCOUNT + "/credit-status")
                .json()
                .get("status")
                .asString())
        .isEqualTo("CLEAR");
  }

  private static JsonNode awaitCreditStatus(String expected) {
    return await()
        .atMost(SOON)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> gateway.get("/api/v1/accounts/" + ACCOUNT + "/credit-status"),
            r -> r.status() == 200 && expected.equals(r.json().get("status").asString()))
        .json();
  }
}
