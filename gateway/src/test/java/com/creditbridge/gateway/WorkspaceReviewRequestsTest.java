package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.platform.access.PersonHeaders;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The review requests in the workspace: the account page shows the open request with "Approve" and
 * "Decline", or "Request review" when the account is in order review; each form is one call of the
 * hold-service's review API as the signed-in person; a refusal is shown on the page.
 */
class WorkspaceReviewRequestsTest extends WorkspaceIntegrationTest {

  private static final String REVIEWS = "/api/v1/review-requests";
  private static final String REVIEW_ID = "3f8e0c2a-1b2c-4d5e-8f90-123456789abc";

  private static final String ON_HOLD =
      "{\"status\":\"ON_HOLD\",\"reasons\":[],\"exposure\":\"150000.00\","
          + "\"creditLimit\":\"200000.00\",\"currency\":\"EUR\",\"cureAmount\":null,"
          + "\"projectedHoldOn\":null,\"since\":null}";

  private static final String NO_REQUEST = "{\"items\":[],\"nextCursor\":null}";

  @AfterEach
  void forgetTheReviews() {
    hold.forget(REVIEWS);
    hold.forget(REVIEWS + "/" + REVIEW_ID + "/decisions");
  }

  @Test
  void anAccountInOrderReviewOffersRequestReviewWhichIsAskedAsThePerson() throws Exception {
    String accountId = heldAccount("hooli");
    HttpResponse<String> home = signIn(member("ria"));
    hold.alwaysReplyAt(REVIEWS, json(NO_REQUEST));

    HttpResponse<String> page = browser.get("/app/accounts/" + accountId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("aria-label=\"Request review\"", ">Request review</button>")
        .doesNotContain(">Approve</button>");

    hold.reset();
    hold.replyWith(new RecordingBackend.Reply(201, "application/json", "{}", Map.of()));
    HttpResponse<String> asked =
        browser.post(
            "/app/accounts/" + accountId + "/reviews",
            Map.of(
                "reason", "  Paid by wire today  ",
                "proposedUntil", "2026-12-20",
                "promiseAmount", "500.00",
                "promisedOn", "2026-12-08",
                "requestedBy", "Someone Else",
                "_csrf", Browser.csrfOf(home)));

    assertThat(asked.statusCode()).isEqualTo(303);
    assertThat(asked.headers().firstValue("Location"))
        .hasValue("/app/accounts/" + accountId + "#review");
    RecordingBackend.Received call = hold.received().get(0);
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.rawPath()).isEqualTo("/api/v1/accounts/" + accountId + "/review-requests");
    assertThat(call.bodyText())
        .isEqualTo(
            "{\"reason\":\"Paid by wire today\",\"proposedUntil\":\"2026-12-20\","
                + "\"promise\":{\"amount\":\"500.00\",\"promisedOn\":\"2026-12-08\"}}");
    assertThat(call.header(PersonHeaders.EMAIL)).startsWith("ria-");
  }

  @Test
  void theOpenRequestIsShownWithApproveAndDeclineWhichDecideAsThePerson() throws Exception {
    String accountId = heldAccount("pied");
    HttpResponse<String> home = signIn(member("carl"));
    hold.alwaysReplyAt(REVIEWS, json(openRequest(accountId)));

    HttpResponse<String> page = browser.get("/app/accounts/" + accountId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Rita Rep", "Customer paid &lt;b&gt;by wire&lt;/b&gt;", "1 of 2")
        .contains("Cleo Credit approved as credit: fine")
        .contains(">Approve</button>", ">Decline</button>")
        .contains("action=\"/app/accounts/" + accountId + "/reviews/" + REVIEW_ID + "\"")
        .doesNotContain("aria-label=\"Request review\"", "<b>by wire</b>");

    hold.reset();
    hold.replyWith(new RecordingBackend.Reply(200, "application/json", "{}", Map.of()));
    HttpResponse<String> declined =
        browser.post(
            "/app/accounts/" + accountId + "/reviews/" + REVIEW_ID,
            Map.of(
                "decision", "decline",
                "comment", "Two invoices still open",
                "_csrf", Browser.csrfOf(home)));

    assertThat(declined.statusCode()).isEqualTo(303);
    RecordingBackend.Received call = hold.received().get(0);
    assertThat(call.rawPath()).isEqualTo(REVIEWS + "/" + REVIEW_ID + "/decisions");
    assertThat(call.bodyText())
        .isEqualTo("{\"decision\":\"decline\",\"comment\":\"Two invoices still open\"}");
    assertThat(call.header(PersonHeaders.EMAIL)).startsWith("carl-");
  }

  @Test
  void aDecisionTheServiceRefusesIsShownOnThePageAsAClearMessage() throws Exception {
    String accountId = heldAccount("hooli-xyz");
    HttpResponse<String> home = signIn(member("rita"));
    hold.alwaysReplyAt(REVIEWS, json(openRequest(accountId)));
    hold.alwaysReplyAt(
        REVIEWS + "/" + REVIEW_ID + "/decisions",
        problem(403, "The person who asked for the review cannot decide it."));

    HttpResponse<String> refused =
        browser.post(
            "/app/accounts/" + accountId + "/reviews/" + REVIEW_ID,
            Map.of("decision", "approve", "_csrf", Browser.csrfOf(home)));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .contains("Nothing was changed", "The person who asked for the review cannot decide it.")
        .contains("Rita Rep")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void aSecondRequestTheServiceRefusesIsShownOnThePage() throws Exception {
    String accountId = heldAccount("initrode");
    HttpResponse<String> home = signIn(member("sue"));
    hold.alwaysReplyAt(REVIEWS, json(NO_REQUEST));
    hold.alwaysReplyAt(
        "/api/v1/accounts/" + accountId + "/review-requests",
        problem(409, "Account " + accountId + " already has an open review request."));
    try {
      HttpResponse<String> refused =
          browser.post(
              "/app/accounts/" + accountId + "/reviews",
              Map.of("reason", "Please", "_csrf", Browser.csrfOf(home)));

      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(refused.body())
          .contains("Nothing was changed", "already has an open review request");
    } finally {
      hold.forget("/api/v1/accounts/" + accountId + "/review-requests");
    }
  }

  @Test
  void aDecisionOnSomethingThatIsNotAReviewIdIsNotFoundAndCallsNothing() throws Exception {
    HttpResponse<String> home = signIn(member("ned"));
    hold.reset();

    HttpResponse<String> page =
        browser.post(
            "/app/accounts/acme/reviews/not-a-review",
            Map.of("decision", "approve", "_csrf", Browser.csrfOf(home)));

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(hold.received()).isEmpty();
  }

  @Test
  void myAccountsMarksTheAccountsWithAnOpenRequest() throws Exception {
    signIn(member("mo"));
    hold.alwaysReplyAt(
        "/api/v1/credit-status",
        json(
            "{\"items\":["
                + listed("asked-1")
                + ","
                + listed("quiet-1")
                + "],\"nextCursor\":null}"));
    hold.alwaysReplyAt(REVIEWS, json(openRequest("asked-1")));
    try {
      HttpResponse<String> home = browser.get("/app/");

      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body())
          .contains("href=\"/app/accounts/asked-1#review\"")
          .doesNotContain("href=\"/app/accounts/quiet-1#review\"");
      assertThat(hold.received())
          .anySatisfy(
              call -> {
                assertThat(call.rawPath()).isEqualTo(REVIEWS);
                assertThat(call.rawQuery()).contains("status=open");
              });
    } finally {
      hold.forget("/api/v1/credit-status");
    }
  }

  /** An account in order review, as the account- and hold-services answer it. */
  private static String heldAccount(String accountId) {
    account.alwaysReplyAt(
        "/api/v1/accounts/" + accountId,
        json(
            "{\"accountId\":\""
                + accountId
                + "\",\"name\":\""
                + accountId
                + " Inc\",\"currency\":\"EUR\",\"salesRep\":{\"name\":\"Rita Rep\","
                + "\"email\":\"rita@example.com\"},\"salesManager\":{\"name\":\"Sam\","
                + "\"email\":\"sam@example.com\"},\"items\":[]}"));
    hold.alwaysReplyAt("/api/v1/accounts/" + accountId + "/credit-status", json(ON_HOLD));
    return accountId;
  }

  private static String openRequest(String accountId) {
    return "{\"items\":[{\"id\":\""
        + REVIEW_ID
        + "\",\"accountId\":\""
        + accountId
        + "\",\"status\":\"open\",\"reason\":\"Customer paid <b>by wire</b>\","
        + "\"requestedBy\":{\"name\":\"Rita Rep\",\"email\":\"rita@example.com\"},"
        + "\"proposedUntil\":\"2026-12-20\",\"promise\":null,\"approvalsNeeded\":2,"
        + "\"approvals\":[{\"by\":{\"name\":\"Cleo Credit\",\"email\":\"cleo@example.com\"},"
        + "\"role\":\"credit\",\"comment\":\"fine\",\"until\":null,"
        + "\"at\":\"2026-12-02T08:00:00Z\"}],\"decline\":null,"
        + "\"createdAt\":\"2026-12-01T08:00:00Z\",\"decidedAt\":null,\"escalated\":false,"
        + "\"escalatedAt\":null}],\"nextCursor\":null}";
  }

  private static String listed(String accountId) {
    return "{\"accountId\":\""
        + accountId
        + "\",\"accountName\":\""
        + accountId
        + "\",\"status\":\"ON_HOLD\",\"reasons\":[],\"exposure\":\"100.00\","
        + "\"currency\":\"EUR\",\"cureAmount\":null,\"projectedHoldOn\":null}";
  }

  private static RecordingBackend.Reply json(String body) {
    return new RecordingBackend.Reply(200, "application/json", body, Map.of());
  }

  private static RecordingBackend.Reply problem(int status, String detail) {
    return new RecordingBackend.Reply(
        status,
        "application/problem+json",
        "{\"type\":\"urn:creditbridge:problem:x\",\"status\":"
            + status
            + ",\"detail\":\""
            + detail
            + "\"}",
        Map.of());
  }
}
