package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.Party;
import com.creditbridge.platform.access.PersonHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Sign-in by emailed link through the real gateway, its database, the embedded mail server read
 * over IMAP, and Kafka for the people directory; the services are recording stand-ins.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkspaceSignInTest extends WorkspaceIntegrationTest {

  @Test
  void emailsAKnownPersonALinkThatSignsInOnceAndLeadsBackToThePageFirstAskedFor(
      CapturedOutput output) throws Exception {
    String email = member("rita");

    HttpResponse<String> page = browser.get("/app/");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValue("/app/sign-in?next=%2Fapp%2F");

    String token = askForLink(email, "/app/");
    HttpResponse<String> confirm = browser.get("/app/sign-in/" + token);
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body()).contains(">Sign in</button>");
    // opening the link (as a mail scanner would) twice signs nobody in
    assertThat(browser.get("/app/sign-in/" + token).statusCode()).isEqualTo(200);
    assertThat(browser.cookie("cb_session")).isNull();

    HttpResponse<String> signedIn =
        browser.post("/app/sign-in/" + token, Map.of("_csrf", Browser.csrfOf(confirm)));
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/app/");
    assertThat(signedIn.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("cb_session=")
                    .containsIgnoringCase("HttpOnly")
                    .contains("SameSite=Lax")
                    .contains("Path=/app"));

    HttpResponse<String> myAccounts = browser.get("/app/");
    assertThat(myAccounts.statusCode()).isEqualTo(200);
    assertThat(myAccounts.body()).contains("My accounts");
    RecordingBackend.Received asked =
        hold.received().stream()
            .filter(r -> r.rawPath().equals("/api/v1/credit-status"))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertThat(asked.header(PersonHeaders.EMAIL)).isEqualTo(email);
    assertThat(asked.header("X-CreditBridge-Internal")).isNotBlank();

    // the link was used: a second press shows the expired page and starts no session
    browser.forgetCookies();
    HttpResponse<String> again = browser.get("/app/sign-in/" + token);
    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(output.getAll()).doesNotContain(token);
  }

  @Test
  void answersTheSameWhetherTheAddressIsKnownOrNot() {
    String known = member("kim");
    String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

    String forKnown = requestLink(known, "");
    String forUnknown = requestLink(unknown, "");

    assertThat(forUnknown).isEqualTo(forKnown).contains("Check your email");
    assertThat(linksIssuedTo(unknown)).isZero();
    assertThat(linksIssuedTo(known)).isOne();
  }

  @Test
  void issuesAtMostFiveLinksPerAddressPerHour() {
    String email = member("lou");
    for (int i = 0; i < 6; i++) {
      requestLink(email, "");
    }
    assertThat(linksIssuedTo(email)).isEqualTo(5);

    clock.advance(Duration.ofMinutes(61));
    requestLink(email, "");
    assertThat(linksIssuedTo(email)).isEqualTo(6);
  }

  @Test
  void aLinkStopsWorkingFifteenMinutesAfterItWasSent() throws Exception {
    String email = member("max");
    String token = askForLink(email, "");
    String csrf = Browser.csrfOf(browser.get("/app/sign-in/" + token));

    clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    assertThat(browser.get("/app/sign-in/" + token).statusCode()).isEqualTo(410);
    HttpResponse<String> late = browser.post("/app/sign-in/" + token, Map.of("_csrf", csrf));
    assertThat(late.statusCode()).isEqualTo(410);
    assertThat(late.body()).contains("This link no longer works");
    assertThat(browser.cookie("cb_session")).isNull();
  }

  @Test
  void aFormWithoutItsTokenChangesNothing() throws Exception {
    String email = member("ned");
    HttpResponse<String> forged =
        browser.post("/app/sign-in", Map.of("email", email, "_csrf", "A".repeat(43)));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(linksIssuedTo(email)).isZero();

    String token = askForLink(email, "");
    browser.forgetCookies();
    HttpResponse<String> noToken = browser.post("/app/sign-in/" + token, Map.of());
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(browser.cookie("cb_session")).isNull();
    // the link was not spent by the refused form
    assertThat(browser.get("/app/sign-in/" + token).statusCode()).isEqualTo(200);
  }

  @Test
  void aSignedInFormNeedsTheSessionsOwnToken() throws Exception {
    signIn(member("ola"));
    hold.reset();

    HttpResponse<String> refused =
        browser.post("/app/accounts/acme/notes", Map.of("text", "hello", "_csrf", "B".repeat(43)));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("This form has expired");
    assertThat(hold.received()).isEmpty();
  }

  @Test
  void aForgedExpiredOrEndedSessionLeadsThroughSignIn() throws Exception {
    browser.setCookie("cb_session", "C".repeat(43));
    assertThat(browser.get("/app/accounts/acme").statusCode()).isEqualTo(303);

    HttpResponse<String> home = signIn(member("pia"));
    String session = browser.cookie("cb_session");
    HttpResponse<String> signedOut =
        browser.post("/app/sign-out", Map.of("_csrf", Browser.csrfOf(home)));
    assertThat(signedOut.statusCode()).isEqualTo(303);
    browser.setCookie("cb_session", session);
    assertThat(browser.get("/app/").statusCode()).isEqualTo(303);

    signIn(member("quinn"));
    assertThat(browser.get("/app/").statusCode()).isEqualTo(200);
    clock.advance(Duration.ofHours(12).plusMinutes(1));
    HttpResponse<String> idle = browser.get("/app/accounts/acme");
    assertThat(idle.statusCode()).isEqualTo(303);
    assertThat(idle.headers().firstValue("Location"))
        .hasValue("/app/sign-in?next=%2Fapp%2Faccounts%2Facme");
  }

  @Test
  void learnsPeopleNamedOnAnAccountFromTheLedgersSnapshots() {
    String rep = "rep-" + UUID.randomUUID() + "@example.com";
    publishSnapshot("acct-" + UUID.randomUUID(), new Party("r1", "Rita Rep", rep.toUpperCase()));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              requestLink(rep, "");
              assertThat(linksIssuedTo(rep)).isPositive();
            });
  }

  @Test
  void aClientCannotNameAPersonOnAnApiCall() {
    client.send(
        client
            .authorized("/api/v1/credit-status")
            .header(PersonHeaders.EMAIL, "someone@example.com")
            .header(PersonHeaders.ROLES, "credit-manager"));

    RecordingBackend.Received forwarded = hold.received().get(0);
    assertThat(forwarded.header(PersonHeaders.EMAIL)).isNull();
    assertThat(forwarded.header(PersonHeaders.ROLES)).isNull();
  }

  @Test
  void membersAreAddedChangedListedAndRemovedByAnAdmin() {
    String email = "Mia-" + UUID.randomUUID() + "@Example.com";
    String path = "/api/v1/members/" + email;
    var created = putMember(path, "{\"name\":\"Mia Manager\",\"role\":\"credit-manager\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(GatewayClient.json(created.body()).path("email").asString())
        .isEqualTo(email.toLowerCase());
    assertThat(putMember(path, "{\"name\":\"Mia\",\"role\":\"credit-analyst\"}").statusCode())
        .isEqualTo(200);
    assertThat(client.send(client.authorized("/api/v1/members")).body())
        .contains(email.toLowerCase())
        .contains("credit-analyst");

    assertProblem(putMember(path, "{\"name\":\"Mia\",\"role\":\"sales-rep\"}"), 400);
    assertProblem(
        putMember("/api/v1/members/not-an-address", "{\"name\":\"x\",\"role\":\"credit-analyst\"}"),
        400);
    assertThat(client.send(client.authorized(path).DELETE()).statusCode()).isEqualTo(204);
    assertProblem(client.send(client.authorized(path).DELETE()), 404);
    assertProblem(client.send(client.request("/api/v1/members")), 401);
  }
}
