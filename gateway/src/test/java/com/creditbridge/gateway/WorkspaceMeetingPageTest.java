package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /app/meeting}: the notification-service's meeting pack for a team, printable, each account
 * with the reasons and cure amount of its credit status; what the API refuses is shown plainly.
 */
class WorkspaceMeetingPageTest extends WorkspaceIntegrationTest {

  private static final String PACK = "/api/v1/meeting-pack";
  private static final String ACME_STATUS = "/api/v1/accounts/acme/credit-status";
  private static final String GLOBEX_STATUS = "/api/v1/accounts/globex/credit-status";

  @AfterEach
  void forgetFixedAnswers() {
    notification.forget(PACK);
    hold.forget(ACME_STATUS);
    hold.forget(GLOBEX_STATUS);
  }

  @Test
  void theTeamsAccountsAreShownInTheApisOrderWithReasonsTimelineAndWhoToMeetEscaped()
      throws Exception {
    String email = member("mona");
    HttpResponse<String> home = signIn(email);
    notification.alwaysReplyAt(PACK, json(packOf(account("acme", "ACME <i>Corp</i>", "ON_HOLD"))));
    hold.alwaysReplyAt(
        ACME_STATUS,
        json(
            "{\"status\":\"ON_HOLD\",\"reasons\":[{\"code\":\"PAST_DUE\","
                + "\"message\":\"Invoice INV-1 is 65 days past due <script>\"}],"
                + "\"exposure\":\"12000.00\",\"creditLimit\":\"10000.00\",\"currency\":\"EUR\","
                + "\"cureAmount\":\"2500.00\",\"projectedHoldOn\":null,\"since\":null}"));
    hold.alwaysReplyAt(
        GLOBEX_STATUS, new RecordingBackend.Reply(200, "application/json", "", Map.of()));

    HttpResponse<String> page = browser.get("/app/meeting");

    assertThat(home.body()).contains("href=\"/app/meeting\"");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("ACME &lt;i&gt;Corp&lt;/i&gt;", "Order review", "€12,000.00", "€2,500.00")
        .contains("Invoice INV-1 is 65 days past due &lt;script&gt;")
        .contains("Customer promised &lt;b&gt;Friday&lt;/b&gt;", "1 Dec 2026, 09:30 UTC")
        .contains("Globex", "Payment reminder", "Credit did nothing on this account")
        .contains("The reasons and cure amount are not available right now.")
        .contains("Meet together", "€40,000.00", "paying later than before")
        .contains("No open review requests.", ">Print</button>")
        .doesNotContain("<i>Corp</i>", "<b>Friday</b>", "<script>");
    assertThat(page.body().indexOf("ACME &lt;i&gt;")).isLessThan(page.body().indexOf("Globex"));
    assertThat(browser.get("/app/assets/app.css").body())
        .contains("@media print", "break-before: page");
    assertThat(notification.received())
        .filteredOn(call -> call.rawPath().equals(PACK))
        .singleElement()
        .satisfies(
            call ->
                assertThat(call.rawQuery())
                    .isEqualTo(
                        "salesManagerEmail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)));
  }

  @Test
  void aSalesRepsAccountsAreAskedByTheirId() throws Exception {
    signIn(member("rory"));
    notification.alwaysReplyAt(PACK, json(packOf()));

    HttpResponse<String> page = browser.get("/app/meeting?salesRepId=rep-17");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("No account of this team", "value=\"rep-17\"");
    assertThat(notification.received())
        .extracting(RecordingBackend.Received::rawQuery)
        .containsExactly("salesRepId=rep-17");
  }

  @Test
  void whatTheApiRefusesIsShownAsAClearMessage() throws Exception {
    signIn(member("nina"));
    notification.alwaysReplyAt(
        PACK,
        new RecordingBackend.Reply(
            400,
            "application/problem+json",
            "{\"status\":400,\"detail\":\"Give exactly one of <b>salesManagerEmail</b>.\","
                + "\"errors\":[{\"field\":\"salesManagerEmail\","
                + "\"message\":\"exactly one of the two is required\"}]}",
            Map.of()));

    HttpResponse<String> page =
        browser.get("/app/meeting?salesManagerEmail=boss%40example.com&salesRepId=rep-1");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body())
        .contains("The meeting pack could not be shown")
        .contains("Give exactly one of &lt;b&gt;salesManagerEmail&lt;/b&gt;.")
        .contains("exactly one of the two is required")
        .doesNotContain(">Print</button>");
  }

  @Test
  void anOverlongTeamIsRefusedWithoutAskingTheService() throws Exception {
    signIn(member("otto"));
    notification.reset();

    HttpResponse<String> page = browser.get("/app/meeting?salesRepId=" + "r".repeat(300));

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("at most 254 characters");
    assertThat(notification.received()).isEmpty();
  }

  @Test
  void aServiceThatDoesNotAnswerShowsTheTroublePage() throws Exception {
    signIn(member("pete"));
    notification.alwaysReplyAt(
        PACK, new RecordingBackend.Reply(503, "application/problem+json", "{}", Map.of()));

    HttpResponse<String> page = browser.get("/app/meeting");

    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body()).contains("Try again shortly");
  }

  private static String packOf(String... accounts) {
    return "{\"accounts\":["
        + String.join(",", accounts)
        + "],\"openReviewRequests\":[],\"meetTogether\":["
        + (accounts.length == 0
            ? ""
            : "{\"accountId\":\"initech\",\"accountName\":\"Initech\",\"exposure\":\"40000.00\","
                + "\"currency\":\"EUR\",\"paymentTrend\":\"worsening\",\"anythingPastDue\":false}")
        + "]}";
  }

  private static String account(String id, String name, String status) {
    return "{\"accountId\":\""
        + id
        + "\",\"accountName\":\""
        + name
        + "\",\"status\":\""
        + status
        + "\",\"projectedHoldOn\":null,\"exposure\":\"12000.00\",\"currency\":\"EUR\","
        + "\"paymentTrend\":\"worsening\",\"timeline\":[{\"at\":\"2026-12-01T09:30:00Z\","
        + "\"kind\":\"note\",\"text\":\"Customer promised <b>Friday</b>\"}]},"
        + "{\"accountId\":\"globex\",\"accountName\":\"Globex\",\"status\":\"APPROACHING\","
        + "\"projectedHoldOn\":\"2026-12-09\",\"exposure\":\"3000.00\",\"currency\":\"EUR\","
        + "\"paymentTrend\":null,\"timeline\":[]}";
  }

  private static RecordingBackend.Reply json(String body) {
    return new RecordingBackend.Reply(200, "application/json", body, Map.of());
  }
}
