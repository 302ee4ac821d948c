package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.infrastructure.Mailbox;
import com.creditbridge.local.LocalStack;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A sales rep's morning, in a real Chromium against the whole system started as {@code
 * ./creditbridge} starts it: the hold email's link leads through sign-in by emailed link to the
 * account, where she adds a note that the timeline shows under her name; her accounts are listed;
 * another rep's account is not hers to see; a credit manager simulates a stricter policy and opens
 * a sales team's meeting pack. Every page is used at 375 px without sideways scrolling.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceInBrowserTest {

  private static final Duration SOON = Duration.ofSeconds(45);
  private static final String ADMIN_KEY = "cb_test_admin_" + "w".repeat(32);
  private static final String SUFFIX = Long.toString(System.nanoTime(), 36);
  private static final String ACME = "acme-" + SUFFIX;
  private static final String OTHER = "other-" + SUFFIX;
  private static final String MANAGER = "mona.manager@example.com";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final Pattern SIGN_IN_LINK =
      Pattern.compile("(http://\\S+/app/sign-in/[A-Za-z0-9_-]{43})");
  private static final Pattern ACCOUNT_LINK =
      Pattern.compile("(http://\\S+/app/accounts/\\S+?)[\\s\"<]");

  @RegisterExtension static final Chromium chromium = new Chromium();

  private static Path dataDir;
  private static LocalStack stack;
  private static Gateway gateway;
  private static Mailbox mailbox;

  @BeforeAll
  static void startCreditBridgeWithTwoRepsAccounts() throws Exception {
    dataDir = Files.createTempDirectory("creditbridge-workspace-test");
    stack = LocalStack.start(SystemTestHome.stackSettings(dataDir, ADMIN_KEY));
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
    assertThat(
            gateway
                .put(
                    "/api/v1/members/" + MANAGER,
                    "{\"name\":\"Mona Manager\",\"role\":\"credit-manager\"}")
                .status())
        .isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    chromium.close();
    if (stack != null) {
      stack.close();
    }
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
    String account = browser.findElement(By.cssSelector(".pack-account")).getText();
    assertThat(account).contains("ACME Corp", "Order review", "INV-1", "€1,200.00");
    assertThat(browser.findElement(By.xpath("//button[text()='Print']")).isDisplayed()).isTrue();
    assertThat(chromium.scrollsSideways()).as("meeting pack at 375 px").isFalse();
    chromium.screenshot(Path.of("target", "screenshots", "meeting-pack-375.png"));
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
    Matcher matcher = SIGN_IN_LINK.matcher(mails.get(mails.size() - 1).content());
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static Optional<String> holdEmailLink() throws Exception {
    for (Mailbox.Mail mail : mailbox.messagesFor(LedgerEvents.REP_EMAIL)) {
      Matcher matcher = ACCOUNT_LINK.matcher(mail.content() + " ");
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
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
