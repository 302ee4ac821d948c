package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.platform.access.PersonHeaders;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The workspace as one more client of the services' API: each form becomes one call on behalf of
 * the signed-in person, and what a service refuses is shown on the page with nothing changed.
 */
class WorkspacePagesTest extends WorkspaceIntegrationTest {

  private static final String ACCOUNT_JSON =
      "{\"accountId\":\"acme\",\"name\":\"ACME <i>Corp</i>\",\"currency\":\"EUR\","
          + "\"salesRep\":{\"name\":\"Rita Rep\",\"email\":\"rita@example.com\"},\"items\":[]}";

  @Test
  void aNoteIsPostedAsThePersonAndTheBrowserIsSentBackToTheTimeline() throws Exception {
    HttpResponse<String> home = signIn(member("rita"));
    hold.reset();
    hold.replyWith(new RecordingBackend.Reply(201, "application/json", "{}", Map.of()));

    HttpResponse<String> posted =
        browser.post(
            "/app/accounts/acme/notes",
            Map.of(
                "text",
                "  Customer confirmed the transfer.  ",
                "author",
                "Someone Else",
                "_csrf",
                Browser.csrfOf(home)));

    assertThat(posted.statusCode()).isEqualTo(303);
    assertThat(posted.headers().firstValue("Location")).hasValue("/app/accounts/acme#timeline");
    RecordingBackend.Received call = hold.received().get(0);
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.rawPath()).isEqualTo("/api/v1/accounts/acme/notes");
    assertThat(call.bodyText())
        .isEqualTo("{\"text\":\"Customer confirmed the transfer.\",\"author\":\"rita\"}");
    assertThat(call.header(PersonHeaders.EMAIL)).startsWith("rita-");
    assertThat(call.header(PersonHeaders.ROLES)).isEqualTo("credit-analyst");
  }

  @Test
  void whatTheServiceRefusesIsShownOnTheAccountPageEscaped() throws Exception {
    HttpResponse<String> home = signIn(member("sam"));
    account.replyWith(new RecordingBackend.Reply(200, "application/json", ACCOUNT_JSON, Map.of()));
    hold.replyWith(
        new RecordingBackend.Reply(
            400,
            "application/problem+json",
            "{\"type\":\"urn:creditbridge:problem:validation\",\"title\":\"Bad Request\","
                + "\"status\":400,\"detail\":\"The note has invalid fields.\","
                + "\"errors\":[{\"field\":\"text\",\"message\":\"must be at most 4000 characters <b>\"}]}",
            Map.of()));

    HttpResponse<String> refused =
        browser.post(
            "/app/accounts/acme/notes",
            Map.of("text", "x".repeat(5000), "_csrf", Browser.csrfOf(home)));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Nothing was changed")
        .contains("must be at most 4000 characters &lt;b&gt;")
        .contains("ACME &lt;i&gt;Corp&lt;/i&gt;")
        .doesNotContain("<i>Corp</i>");
  }

  @Test
  void theAccountPageShowsOpenOrdersTheCreditGroupAndTheRecentCreditChecks() throws Exception {
    signIn(member("olga"));
    hold.alwaysReplyAt("/api/v1/accounts/globex/credit-status", json(CLEAR));
    account.alwaysReplyAt(
        "/api/v1/accounts/globex", json(accountInGroup("globex", "globex-group")));
    account.alwaysReplyAt(
        "/api/v1/accounts/globex/orders",
        json(
            "{\"items\":[{\"orderId\":\"SO-77\",\"amount\":\"1500.00\","
                + "\"openAmount\":\"1200.00\",\"invoicedAmount\":\"300.00\","
                + "\"placedOn\":\"2026-11-20\",\"status\":\"open\"}],\"nextCursor\":null}"));
    hold.alwaysReplyAt(
        "/api/v1/credit-groups/globex-group",
        json(
            "{\"groupId\":\"globex-group\",\"name\":\"Globex Holding\","
                + "\"creditLimit\":\"25000.00\",\"currency\":\"EUR\",\"exposure\":\"21500.00\","
                + "\"status\":\"CLEAR\",\"members\":[{\"accountId\":\"globex\","
                + "\"exposure\":\"7500.00\",\"status\":\"CLEAR\"},{\"accountId\":\"beta\","
                + "\"exposure\":\"14000.00\",\"status\":\"CLEAR\"}]}"));
    hold.alwaysReplyAt(
        "/api/v1/credit-checks",
        json(
            "{\"items\":[{\"checkId\":\"chk-1\",\"accountId\":\"globex\","
                + "\"decision\":\"review\",\"reasons\":[{\"code\":\"CREDIT_LIMIT_NEAR\","
                + "\"message\":\"This order would take Globex to 9,100.00 EUR.\"},"
                + "{\"code\":\"GROUP_LIMIT_NEAR\",\"message\":\"second reason\"}],"
                + "\"status\":\"CLEAR\",\"exposure\":\"7500.00\",\"exposureAfter\":\"9100.00\","
                + "\"creditLimit\":\"10000.00\",\"availableCredit\":\"2500.00\","
                + "\"currency\":\"EUR\",\"checkedAt\":\"2026-12-02T08:00:00Z\"}],"
                + "\"nextCursor\":null}"));
    try {
      HttpResponse<String> page = browser.get("/app/accounts/globex");

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("SO-77", "20 Nov 2026", "€1,200.00")
          .contains("Globex Holding", "€25,000.00", "€21,500.00", "href=\"/app/accounts/beta\"")
          .contains("2 Dec 2026, 08:00 UTC", "€1,600.00", "Review")
          .contains("This order would take Globex to 9,100.00 EUR.")
          .doesNotContain("second reason", "not available");
      assertThat(hold.received())
          .extracting(RecordingBackend.Received::rawPath)
          .contains("/api/v1/credit-groups/globex-group", "/api/v1/credit-checks");
    } finally {
      hold.forget("/api/v1/credit-checks");
    }
  }

  @Test
  void eachNewSectionSaysItIsNotAvailableWhenItsServiceFails() throws Exception {
    signIn(member("pia"));
    hold.alwaysReplyAt("/api/v1/accounts/initech/credit-status", json(CLEAR));
    account.alwaysReplyAt(
        "/api/v1/accounts/initech", json(accountInGroup("initech", "initech-group")));
    account.alwaysReplyAt(
        "/api/v1/accounts/initech/orders",
        new RecordingBackend.Reply(503, "application/problem+json", "{\"status\":503}", Map.of()));
    hold.alwaysReplyAt(
        "/api/v1/credit-groups/initech-group",
        new RecordingBackend.Reply(404, "application/problem+json", "{\"status\":404}", Map.of()));
    // credit-status, timeline and checks: the hold-service's default answer, an empty list

    HttpResponse<String> page = browser.get("/app/accounts/initech");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Open orders are not available right now.")
        .contains("The credit group Initech Holding is not available right now.")
        .contains("No credit checks yet.")
        .contains("No open invoices.");
  }

  private static final String CLEAR =
      "{\"status\":\"CLEAR\",\"reasons\":[],\"exposure\":\"7500.00\","
          + "\"creditLimit\":\"10000.00\",\"currency\":\"EUR\",\"cureAmount\":null,"
          + "\"projectedHoldOn\":null,\"since\":null}";

  private static String accountInGroup(String accountId, String groupId) {
    return "{\"accountId\":\""
        + accountId
        + "\",\"name\":\""
        + accountId
        + " Corp\",\"currency\":\"EUR\",\"salesRep\":{\"name\":\"Rita Rep\","
        + "\"email\":\"rita@example.com\"},\"openOrderAmount\":\"1200.00\","
        + "\"creditGroup\":{\"id\":\""
        + groupId
        + "\",\"name\":\""
        + (accountId.substring(0, 1).toUpperCase() + accountId.substring(1))
        + " Holding\",\"creditLimit\":\"25000.00\"},\"items\":[]}";
  }

  private static RecordingBackend.Reply json(String body) {
    return new RecordingBackend.Reply(200, "application/json", body, Map.of());
  }

  @Test
  void anAccountTheServiceDoesNotShowThisPersonIsNotFound() throws Exception {
    signIn(member("tia"));
    account.replyWith(
        new RecordingBackend.Reply(
            404,
            "application/problem+json",
            "{\"type\":\"urn:creditbridge:problem:not-found\",\"status\":404,\"detail\":\"x\"}",
            Map.of()));

    HttpResponse<String> page = browser.get("/app/accounts/someone-elses");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<h1>Not found</h1>");
  }

  @Test
  void aPageThatIsNotAnActionIsNotFoundAndCallsNothing() throws Exception {
    HttpResponse<String> home = signIn(member("uma"));
    hold.reset();

    HttpResponse<String> page =
        browser.post("/app/accounts/acme/api-keys", Map.of("_csrf", Browser.csrfOf(home)));

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(hold.received()).isEmpty();
  }

  @Test
  void anEscalationIsAcknowledgedByPressingTheButtonNotByOpeningTheLink() throws Exception {
    signIn(member("vic"));
    notification.reset();
    notification.replyWith(
        new RecordingBackend.Reply(
            200, "application/json", "{\"status\":\"acknowledged\"}", Map.of()));

    HttpResponse<String> page = browser.get("/app/acknowledge?token=signed.token");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(">Acknowledge</button>");
    assertThat(notification.received()).isEmpty();

    HttpResponse<String> done =
        browser.post(
            "/app/acknowledge", Map.of("token", "signed.token", "_csrf", Browser.csrfOf(page)));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Acknowledged");
    RecordingBackend.Received call = notification.received().get(0);
    assertThat(call.rawPath()).isEqualTo("/api/v1/escalations/acknowledge");
    assertThat(call.bodyText()).isEqualTo("token=signed.token");
    assertThat(call.header(PersonHeaders.EMAIL)).startsWith("vic-");
  }

  @Test
  void aFeedbackLinkShowsItsScoreAndTheAnswerIsSentOnlyWhenSubmitted() throws Exception {
    signIn(member("fay"));
    notification.reset();
    notification.replyWith(
        new RecordingBackend.Reply(200, "application/json", "{\"score\":2}", Map.of()));

    HttpResponse<String> page = browser.get("/app/feedback?token=ZmF5.2026-W48.4.sig");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("How well did credit work with you this week?")
        .containsPattern("value=\"4\"[^>]*checked");
    assertThat(notification.received()).isEmpty();

    HttpResponse<String> done =
        browser.post(
            "/app/feedback",
            Map.of(
                "token", "ZmF5.2026-W48.4.sig",
                "score", "2",
                "comment", "Quick",
                "_csrf", Browser.csrfOf(page)));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Thank you");
    RecordingBackend.Received call = notification.received().get(0);
    assertThat(call.rawPath()).isEqualTo("/api/v1/feedback/answer");
    // JSON, which the service answers in JSON (its form endpoint answers a browser in HTML)
    assertThat(call.header("Content-Type")).startsWith("application/json");
    assertThat(call.bodyText())
        .contains("\"token\":\"ZmF5.2026-W48.4.sig\"")
        .contains("\"score\":2")
        .contains("\"comment\":\"Quick\"");
    assertThat(call.header(PersonHeaders.EMAIL)).startsWith("fay-");
  }

  @Test
  void thePolicyPageIsForCreditManagersOnly() throws Exception {
    signIn(member("wes"));
    hold.reset();

    HttpResponse<String> page = browser.get("/app/policy");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Not for your role");
    assertThat(hold.received()).isEmpty();
  }
}
