package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.infrastructure.Mailbox;
import com.creditbridge.local.LocalStack;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * A sales rep's morning, in a real Chromium against the whole system started as {@code
 * ./creditbridge} starts it: the hold email's link leads through sign-in by emailed link to the
 * account, where she adds a note that the timeline shows under her name; her accounts are listed;
 * another rep's account is not hers to see; a credit manager simulates a stricter policy and opens
 * a sales team's meeting pack. Every page is used at 375 px without sideways scrolling.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedStack.class)
@Order(SharedStack.LAST_CLASSES + 3)
class WorkspaceInBrowserTest {

  private static final Duration SOON = Duration.ofSeconds(45);
  private static final String ADMIN_KEY = SharedStack.ADMIN_KEY;
  private static final String SUFFIX = Long.toString(System.nanoTime(), 36);
  private static final String ACME = "acme-" + SUFFIX;
  private static final String OTHER = "other-" + SUFFIX;
  private static final String MANAGER = "mona.manager@example.com";
  private static final String ORDER = "SO-" + SUFFIX;
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final Pattern SIGN_IN_LINK =
      Pattern.compile("(http://\\S+/app/sign-in/[A-Za-z0-9_-]{43})");
  private static final Pattern FEEDBACK_LINK =
      Pattern.compile("(http://\\S+/app/feedback\\?token=([A-Za-z0-9._~%-]+))");
  private static final Pattern ACCOUNT_LINK =
      Pattern.compile("(http://\\S+/app/accounts/\\S+?)[\\s\"<]");

  @RegisterExtension static final Chromium chromium = new Chromium();

  private static LocalStack stack;
  private static Gateway gateway;
  private static Mailbox mailbox;

  @BeforeAll
  static void addTwoRepsAccounts(LocalStack shared) throws Exception {
    stack = shared;
    gateway = new Gateway(URI.create(stack.gatewayUrl()), ADMIN_KEY);
    mailbox = new Mailbox(stack.infrastructure().imapPort());

    accepted(
        gateway.post("/api/v1/ledger-events", LedgerEvents.accountUpserted(ACME, "ACME Corp")));
    accepted(
        gateway.post(
            "/api/v1/ledger-events",
            LedgerEvents.invoiceIssued(ACME, "INV-1", "1200.00", TODAY.minusDays(65))));
    accepted(
        gateway.post(
            "/api/v1/ledger-events",
            LedgerEvents.accountOfAnotherRep(OTHER, "Other Co", "otto.other@example.com")));
    accepted(
        gateway.post(
            "/api/v1/ledger-events", LedgerEvents.orderPlaced(ACME, ORDER, "300.00", TODAY)));
    assertThat(
            gateway
                .put(
                    "/api/v1/members/" + MANAGER,
                    "{\"name\":\"Mona Manager\",\"role\":\"credit-manager\"}")
                .status())
        .isEqualTo(201);
    // the ERP asks before it ships: the account page lists the check with the open order
    String check =
        """
        {"accountId": "%s", "amount": "100.00", "currency": "EUR", "orderId": "SO-next"}
        """
            .formatted(ACME);
    await().atMost(SOON).until(() -> gateway.post("/api/v1/credit-checks", check).status() == 200);
  }

  @AfterAll
  static void stop() {
    chromium.close();
  }

  @Test
  @Order(1)
  void aRepOpensTheHoldEmailsLinkSignsInByEmailAndAddsANote() throws Exception {
    String accountLink =
        await().atMost(SOON).until(() -> holdEmailLink(), Optional::isPresent).get();
    assertThat(accountLink).endsWith("/app/accounts/" + ACME);

    ChromeDriver browser = chromium.driver();
    browser.get(accountLink);
    assertThat(browser.getCurrentUrl()).contains("/app/sign-in?next=");
    signInAs(LedgerEvents.REP_EMAIL);

    assertThat(browser.getCurrentUrl()).endsWith("/app/accounts/" + ACME);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ACME Corp");
    String status =
        browser.findElement(By.id("status-heading")).findElement(By.xpath("..")).getText();
    assertThat(status).contains("Order review").contains("€1,200.00").contains("INV-1");
    assertThat(browser.findElement(By.id("orders")).getText()).contains(ORDER).contains("€300.00");
    String checks = browser.findElement(By.id("credit-checks")).getText();
    assertThat(checks).contains("Recent credit checks").doesNotContain("No credit checks yet");

    String note = "Customer confirmed the transfer <script>window.pwned=1</script>";
    form(browser, "Add note").findElement(By.id("note-text")).sendKeys(note);
    form(browser, "Add note").findElement(By.tagName("button")).click();
    page(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), note));

    String timeline = browser.findElement(By.id("timeline")).getText();
    assertThat(timeline).contains(note).contains("Rita Rep");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"))
        .isEqualTo(true);

    String plain = "Spoke to their CFO: the transfer leaves on Friday.";
    form(browser, "Add note").findElement(By.id("note-text")).sendKeys(plain);
    form(browser, "Add note").findElement(By.tagName("button")).click();
    page(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), plain));
    browser.manage().window().setSize(new Dimension(1100, 1900));
    browser.get(stack.gatewayUrl() + "/app/accounts/" + ACME);
    chromium.screenshot(Path.of("target", "screenshots", "account-page.png"));

    chromium.narrow();
    browser.navigate().refresh();
    assertThat(chromium.scrollsSideways()).as("account page at 375 px").isFalse();
    chromium.screenshot(Path.of("target", "screenshots", "account-page-375.png"));
  }

  @Test
  @Order(2)
  void myAccountsListsHerAtRiskAccountsOnly() {
    ChromeDriver browser = chromium.driver();
    browser.get(stack.gatewayUrl() + "/app/");

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My accounts");
    String list = browser.findElement(By.tagName("main")).getText();
    assertThat(list)
        .contains("ACME Corp")
        .contains("Order review")
        .contains("Latest note, Rita Rep: Spoke to their CFO")
        .doesNotContain("Other Co");
    assertThat(chromium.scrollsSideways()).as("My accounts at 375 px").isFalse();
    chromium.screenshot(Path.of("target", "screenshots", "my-accounts.png"));
  }

  @Test
  @Order(3)
  void anotherRepsAccountIsNotFoundAndHerFormsCannotReachIt() {
    ChromeDriver browser = chromium.driver();
    browser.get(stack.gatewayUrl() + "/app/accounts/" + OTHER);

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    browser.get(stack.gatewayUrl() + "/app/policy");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not for your role");
  }

  @Test
  @Order(4)
  void aCreditManagerSimulatesAStricterPolicyBeforeApplyingIt() throws Exception {
    ChromeDriver browser = chromium.driver();
    browser.findElement(By.xpath("//button[text()='Sign out']")).click();
    page(browser).until(ExpectedConditions.urlContains("/app/sign-in"));
    browser.manage().deleteAllCookies();
    browser.get(stack.gatewayUrl() + "/app/policy");
    signInAs(MANAGER);

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Credit policy");
    WebElement days = browser.findElement(By.id("holdAfterDaysPastDue"));
    days.clear();
    days.sendKeys("30");
    browser.findElement(By.xpath("//button[text()='Simulate']")).click();
    page(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sim-heading")));

    String simulation =
        browser.findElement(By.id("sim-heading")).findElement(By.xpath("..")).getText();
    assertThat(simulation).contains("would change status");
    assertThat(browser.findElements(By.xpath("//button[text()='Apply']"))).hasSize(1);
    assertThat(chromium.scrollsSideways()).as("policy page at 375 px").isFalse();
    chromium.screenshot(Path.of("target", "screenshots", "policy-simulated-375.png"));

    browser.get(stack.gatewayUrl() + "/app/accounts/" + OTHER);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Other Co");
  }

  @Test
  @Order(5)
  void theMeetingPackOfATeamShowsItsHeldAccountAndCanBePrinted() {
    ChromeDriver browser = chromium.driver();
    String pack = stack.gatewayUrl() + "/app/meeting?salesManagerEmail=mia.manager@example.com";
    await()
        .atMost(SOON)
        .until(
            () -> {
              browser.get(pack);
              return browser.findElement(By.tagName("main")).getText().contains("ACME Corp");
            });

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Meeting pack");
    // the team's other held accounts (of other tests on the shared stack) are listed too
    String account =
        browser.findElements(By.cssSelector(".pack-account")).stream()
            .map(WebElement::getText)
            .filter(text -> text.contains("ACME Corp"))
            .findFirst()
            .orElseThrow();
    assertThat(account).contains("ACME Corp", "Order review", "INV-1", "€1,200.00");
    assertThat(browser.findElement(By.xpath("//button[text()='Print']")).isDisplayed()).isTrue();
    assertThat(chromium.scrollsSideways()).as("meeting pack at 375 px").isFalse();
    chromium.screenshot(Path.of("target", "screenshots", "meeting-pack-375.png"));
    browser.manage().window().setSize(new Dimension(1280, 1400));
    browser.navigate().refresh();
    chromium.screenshot(Path.of("target", "screenshots", "meeting-pack.png"));
    chromium.narrow();
  }

  @Test
  @Order(6)
  void aRepAnswersTheFeedbackQuestionOfHerDigestWithOneClickAndTheSummaryShowsIt()
      throws Exception {
    int before = mailbox.messagesFor(LedgerEvents.REP_EMAIL).size();
    assertThat(
            gateway
                .post(
                    "/api/v1/digests/send",
                    "{\"personEmail\":\"" + LedgerEvents.REP_EMAIL + "\",\"again\":true}")
                .status())
        .isEqualTo(200);
    String link =
        await().atMost(SOON).until(() -> feedbackLink(before, 4), Optional::isPresent).get();

    ChromeDriver browser = chromium.driver();
    browser.findElement(By.xpath("//button[text()='Sign out']")).click();
    page(browser).until(ExpectedConditions.urlContains("/app/sign-in"));
    browser.manage().deleteAllCookies();
    browser.get(link);
    signInAs(LedgerEvents.REP_EMAIL);

    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("How well did credit work with you this week?");
    assertThat(browser.findElement(By.cssSelector("input[name='score'][value='4']")).isSelected())
        .isTrue();
    browser.findElement(By.id("comment")).sendKeys("Quick answers on ACME, thank you");
    browser.findElement(By.xpath("//button[text()='Send']")).click();
    page(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Thank you"));

    List<JsonNode> answered = new ArrayList<>();
    gateway.get("/api/v1/feedback").json().path("items").forEach(answered::add);
    answered.removeIf(week -> week.path("answers").asInt() == 0);
    assertThat(answered).hasSize(1);
    assertThat(answered.get(0).path("answers").asInt()).isEqualTo(1);
    assertThat(answered.get(0).path("average").asDouble()).isEqualTo(4.0);
    assertThat(answered.get(0).path("comments").toString()).contains("Quick answers on ACME");
  }

  // ---------------------------------------------------------------------------------------------

  private static void signInAs(String email) throws Exception {
    ChromeDriver browser = chromium.driver();
    int before = mailbox.messagesFor(email).size();
    browser.findElement(By.id("email")).sendKeys(email);
    browser.findElement(By.xpath("//button[text()='Email me a sign-in link']")).click();
    page(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Check your email"));

    String link =
        await()
            .atMost(SOON)
            .until(() -> newestSignInLink(email, before), Optional::isPresent)
            .get();
    browser.get(link);
    browser.findElement(By.xpath("//button[text()='Sign in']")).click();
    page(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/app/sign-in")));
  }

  /** A click on a form's button returns before the next page is there: wait for it. */
  private static WebDriverWait page(ChromeDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  private static Optional<String> newestSignInLink(String email, int before) throws Exception {
    List<Mailbox.Mail> mails = mailbox.messagesFor(email);
    if (mails.size() <= before) {
      return Optional.empty();
    }
    // the newest sign-in email: a hold email of another test's account may arrive after it
    for (int i = mails.size() - 1; i >= before; i--) {
      Matcher matcher = SIGN_IN_LINK.matcher(mails.get(i).content());
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  /** The link for {@code score} in the newest digest that came after {@code before} emails. */
  private static Optional<String> feedbackLink(int before, int score) throws Exception {
    List<Mailbox.Mail> mails = mailbox.messagesFor(LedgerEvents.REP_EMAIL);
    for (int i = mails.size() - 1; i >= before; i--) {
      Matcher matcher = FEEDBACK_LINK.matcher(mails.get(i).content());
      while (matcher.find()) {
        String token = URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8);
        if (token.split("\\.", -1).length == 4 && token.split("\\.", -1)[2].equals("" + score)) {
          return Optional.of(matcher.group(1));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> holdEmailLink() throws Exception {
    for (Mailbox.Mail mail : mailbox.messagesFor(LedgerEvents.REP_EMAIL)) {
      // Rita is the rep of other tests' accounts on the shared stack too: this test's account
      Matcher matcher = ACCOUNT_LINK.matcher(mail.content() + " ");
      while (matcher.find()) {
        if (matcher.group(1).endsWith("/app/accounts/" + ACME)) {
          return Optional.of(matcher.group(1));
        }
      }
    }
    return Optional.empty();
  }

  private static WebElement form(ChromeDriver browser, String accessibleName) {
    return browser.findElement(By.cssSelector("form[aria-label='" + accessibleName + "']"));
  }

  private static void accepted(Gateway.Response response) {
    assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(202);
  }
}
