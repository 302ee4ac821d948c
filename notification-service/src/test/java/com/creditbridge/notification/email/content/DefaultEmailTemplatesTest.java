package com.creditbridge.notification.email.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.HoldEventType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultEmailTemplatesTest {

  private static final String PUBLIC_URL = "https://creditbridge.example.com";

  private final DefaultEmailTemplates templates = new DefaultEmailTemplates();
  private final EmailRenderer renderer = new EmailRenderer();

  private RenderedEmail render(String type, com.creditbridge.notification.change.HoldChange data) {
    return renderer.render(
        templates.forType(type).orElseThrow(), HoldEmailModel.of(data, PUBLIC_URL));
  }

  @Test
  void placedSpeaksOfAnOrderReviewAndSaysWhyWhatLiftsItAndWhoToAsk() {
    RenderedEmail email = render("credit.hold.placed", HoldEmails.placed());

    assertThat(email.subject())
        .isEqualTo("ACME <Corp> & Sons: new orders now go through an order review");
    assertThat(email.text())
        .startsWith("Hello Rita Rep,\n\n")
        .contains("new orders for ACME <Corp> & Sons go through an order review")
        .contains("Why:\n- Invoice INV-1 (1200.00 EUR) is 70 days past due.\n")
        .contains("A payment of 12,500.00 EUR would end the order review.")
        .contains("Carl Credit in credit (carl@example.com)")
        .contains("https://creditbridge.example.com/app/accounts/acme")
        .doesNotContainIgnoringCase("credit hold")
        .doesNotContain("{{")
        .doesNotContain("\n\n\n");
  }

  @Test
  void theHtmlBodyEscapesWhatItShows() {
    RenderedEmail email = render("credit.hold.placed", HoldEmails.placed());

    assertThat(email.html())
        .contains("ACME &lt;Corp&gt; &amp; Sons")
        .doesNotContain("ACME <Corp>")
        .contains("<li>Invoice INV-1 (1200.00 EUR) is 70 days past due.</li>")
        .contains("<strong>12,500.00 EUR</strong>")
        .contains("href=\"https://creditbridge.example.com/app/accounts/acme\"")
        .contains("href=\"mailto:carl@example.com\"")
        .doesNotContainIgnoringCase("credit hold");
  }

  @Test
  void approachingGivesTheProjectedDateAndThePaymentThatAvoidsIt() {
    RenderedEmail email =
        render("credit.hold.approaching", HoldEmails.approaching(LocalDate.of(2026, 6, 12)));

    assertThat(email.text())
        .contains("will need an order review by credit from Friday 12 June 2026.")
        .contains("A payment of 1,200.00 EUR before Friday 12 June 2026 would avoid")
        .doesNotContainIgnoringCase("credit hold");
  }

  @Test
  void withoutACreditAnalystItPointsToTheCreditTeam() {
    RenderedEmail email =
        render(
            "credit.hold.placed",
            HoldEmails.withOwners(HoldEmails.placed(), HoldEmails.RITA, null));

    assertThat(email.text()).contains("the credit team is glad to help").doesNotContain("Carl");
  }

  @ParameterizedTest
  @EnumSource(HoldEventType.class)
  void everyHoldEventTypeHasATemplateThatRenders(HoldEventType type) {
    RenderedEmail email = render(type.wireName(), HoldEmails.placed());

    assertThat(email.subject()).isNotBlank().doesNotContain("\n");
    assertThat(email.text()).contains("Hello Rita Rep,").contains("/app/accounts/acme");
    assertThat(email.html()).contains("<p>Hello Rita Rep,</p>");
    assertThat(email.subject() + email.text() + email.html())
        .doesNotContainIgnoringCase("credit hold");
  }

  @Test
  void aTemplateNamingAnUnknownVariableFailsInsteadOfSendingABlank() {
    var broken = new EmailTemplate("{{acountName}}", "", "");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> renderer.render(broken, HoldEmailModel.of(HoldEmails.placed(), PUBLIC_URL)))
        .hasMessageContaining("acountName");
  }
}
