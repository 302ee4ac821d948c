package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import com.creditbridge.infrastructure.KafkaClients;
import com.creditbridge.infrastructure.Mailbox;
import com.creditbridge.infrastructure.MovableClock;
import com.creditbridge.infrastructure.TestInfrastructure;
import java.math.BigDecimal;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A workspace test: the real gateway with its database, the embedded mail server read over IMAP and
 * Kafka; the services are recording stand-ins. Signs people in the way a person does.
 */
abstract class WorkspaceIntegrationTest extends GatewayIntegrationTest {

  static final Pattern LINK = Pattern.compile("http://[^\\s]+/app/sign-in/([A-Za-z0-9_-]{43})");

  @Autowired MovableClock clock;
  @Autowired DatabaseClient db;

  final Mailbox mailbox = new Mailbox(TestInfrastructure.shared().imapPort());
  Browser browser;

  @BeforeEach
  void freshBrowser() {
    browser = new Browser(port);
    hold.replyWith(
        new RecordingBackend.Reply(
            200, "application/json", "{\"items\":[],\"nextCursor\":null}", Map.of()));
  }

  String member(String name) {
    String email = name + "-" + UUID.randomUUID() + "@example.com";
    var answer =
        putMember(
            "/api/v1/members/" + email, "{\"name\":\"" + name + "\",\"role\":\"credit-analyst\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return email;
  }

  HttpResponse<String> putMember(String path, String json) {
    return client.send(
        client
            .authorized(path)
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(json)));
  }

  /** Submits the sign-in form; returns the page shown. */
  String requestLink(String email, String next) {
    HttpResponse<String> form = browser.get("/app/sign-in");
    HttpResponse<String> sent =
        browser.post(
            "/app/sign-in", Map.of("email", email, "next", next, "_csrf", Browser.csrfOf(form)));
    assertThat(sent.statusCode()).isEqualTo(200);
    return sent.body();
  }

  String askForLink(String email, String next) throws Exception {
    requestLink(email, next);
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> lastLinkFor(email), token -> token != null);
  }

  HttpResponse<String> signIn(String email) throws Exception {
    String token = askForLink(email, "");
    HttpResponse<String> confirm = browser.get("/app/sign-in/" + token);
    HttpResponse<String> signedIn =
        browser.post("/app/sign-in/" + token, Map.of("_csrf", Browser.csrfOf(confirm)));
    assertThat(signedIn.statusCode()).isEqualTo(303);
    HttpResponse<String> home = browser.get("/app/");
    assertThat(home.statusCode()).isEqualTo(200);
    return home;
  }

  String lastLinkFor(String email) throws Exception {
    List<Mailbox.Mail> mails = mailbox.messagesFor(email);
    String token = null;
    for (Mailbox.Mail mail : mails) {
      assertThat(mail.subject()).isEqualTo("Your CreditBridge sign-in link");
      Matcher matcher = LINK.matcher(mail.content());
      if (matcher.find()) {
        token = matcher.group(1);
      }
    }
    return token;
  }

  long linksIssuedTo(String email) {
    return db.sql("select count(*) as n from sign_in_link where email = :e")
        .bind("e", email.toLowerCase())
        .map(row -> row.get("n", Long.class))
        .one()
        .block(Duration.ofSeconds(10));
  }

  static void publishSnapshot(String accountId, Party salesRep) {
    PaymentStatusChanged data =
        new PaymentStatusChanged(
            accountId,
            "Account " + accountId,
            "EUR",
            null,
            salesRep,
            null,
            null,
            null,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            null,
            0,
            List.of(),
            null,
            1,
            BigDecimal.ZERO);
    var event =
        CloudEvent.of(
            UUID.randomUUID().toString(),
            "urn:creditbridge:account-service",
            PaymentStatusChanged.TYPE,
            accountId,
            Instant.now(),
            data);
    try (var producer =
        KafkaClients.producer(TestInfrastructure.shared().kafkaBootstrapServers())) {
      producer.send(
          new ProducerRecord<>(Topics.PAYMENT_STATUS, accountId, EventJson.encode(event)));
      producer.flush();
    }
  }
}
