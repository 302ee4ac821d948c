package com.creditbridge.notification.email.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.change.ReviewChange;
import com.creditbridge.notification.change.ReviewChange.Decision;
import com.creditbridge.notification.change.ReviewChange.Outcome;
import com.creditbridge.notification.change.ReviewChange.Step;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped review and manual hold templates, rendered as the emails will be. */
class ReviewEmailTemplatesTest {

  private static final String PUBLIC_URL = "https://creditbridge.example.com";
  private static final Person CARL = new Person(null, "Carl Credit", "carl@example.com");
  private static final Person MONA = new Person(null, "Mona Manager", "mona@example.com");

  private final DefaultEmailTemplates templates = new DefaultEmailTemplates();
  private final EmailRenderer renderer = new EmailRenderer();

  private RenderedEmail render(String key, Object model) {
    return renderer.render(templates.forType(key).orElseThrow(), model);
  }

  private static ReviewChange review(
      Outcome outcome, int approvalsNeeded, List<Decision> approvals, Decision decline) {
    return new ReviewChange(
        "rr-1",
        "acme",
        outcome == Outcome.OPEN ? Step.REQUESTED : Step.DECIDED,
        outcome,
        "They <pay> on Friday.",
        HoldEmails.RITA,
        LocalDate.of(2026, 6, 30),
        new ReviewChange.Promise(new BigDecimal("1200.00"), LocalDate.of(2026, 6, 5)),
        approvalsNeeded,
        approvals,
        decline,
        Instant.parse("2026-06-01T08:00:00Z"));
  }

  private static HoldChange account() {
    HoldChange p = HoldEmails.placed();
    return new HoldChange(
        p.accountId(),
        p.accountName(),
        p.status(),
        p.reasons(),
        null,
        p.cureAmount(),
        new BigDecimal("150000.00"),
        "EUR",
        p.salesRep(),
        p.creditAnalyst(),
        MONA,
        null,
        null,
        null,
        "Put in order review by hand by Carl Credit: disputes every invoice.");
  }

  @Test
  void aRequestSaysWhoAskedWhyThePromiseTheDateTheExposureAndWhereToDecide() {
    RenderedEmail email =
        render(
            TemplateKind.REVIEW_REQUESTED,
            ReviewEmailModel.of(
                review(Outcome.OPEN, 1, List.of(), null), account(), "Carl Credit", PUBLIC_URL));

    assertThat(email.subject())
        .isEqualTo("ACME <Corp> & Sons: Rita Rep asks for a review of the order review");
    assertThat(email.text())
        .startsWith("Hello Carl Credit,\n\n")
        .contains("Rita Rep (rita@example.com) asks credit to review")
        .contains("They <pay> on Friday.")
        .contains("promised to pay 1,200.00 EUR by Friday 5 June 2026.")
        .contains("release new orders until Tuesday 30 June 2026.")
        .contains("exposure is 150,000.00 EUR.")
        .contains("https://creditbridge.example.com/app/accounts/acme")
        .doesNotContain("joint decision")
        .doesNotContainIgnoringCase("on hold");
    assertThat(email.html()).contains("They &lt;pay&gt; on Friday.");
  }

  @Test
  void aRequestNeedingTwoApprovalsNamesTheSalesManager() {
    RenderedEmail email =
        render(
            TemplateKind.REVIEW_REQUESTED,
            ReviewEmailModel.of(
                review(Outcome.OPEN, 2, List.of(), null),
                account(),
                "Carl Credit and Mona Manager",
                PUBLIC_URL));

    assertThat(email.text())
        .contains("joint decision: credit and Mona Manager, the sales manager, both approve it.");
  }

  @Test
  void anApprovalSaysUntilWhenAndWhoApprovedWithTheirComments() {
    var approvals =
        List.of(
            new Decision(CARL, "credit", "Fine once paid.", LocalDate.of(2026, 6, 20)),
            new Decision(MONA, "sales-manager", null, LocalDate.of(2026, 6, 20)));
    RenderedEmail email =
        render(
            TemplateKind.REVIEW_DECIDED,
            ReviewEmailModel.of(
                review(Outcome.APPROVED, 2, approvals, null), account(), "Rita Rep", PUBLIC_URL));

    assertThat(email.subject()).isEqualTo("ACME <Corp> & Sons: review request approved");
    assertThat(email.text())
        .contains("is approved: new orders are released until Saturday 20 June 2026.")
        .contains("Approved by:\n- Carl Credit: \"Fine once paid.\"\n- Mona Manager\n")
        .doesNotContain("declined");
  }

  @Test
  void aDeclineSaysWhoDeclinedAndWhy() {
    RenderedEmail email =
        render(
            TemplateKind.REVIEW_DECIDED,
            ReviewEmailModel.of(
                review(
                    Outcome.DECLINED,
                    1,
                    List.of(),
                    new Decision(CARL, null, "Not before the payment.", null)),
                account(),
                "Rita Rep",
                PUBLIC_URL));

    assertThat(email.subject()).isEqualTo("ACME <Corp> & Sons: review request declined");
    assertThat(email.text())
        .contains("is declined: new orders still go through the order review.")
        .contains("Declined by:\n- Carl Credit: \"Not before the payment.\"")
        .doesNotContain("released until");
  }

  @Test
  void theManualHoldEmailGivesTheReasonAndTheExposure() {
    HoldChange account = account();
    RenderedEmail email =
        render(
            TemplateKind.MANUAL_HOLD,
            new ManualHoldEmailModel(
                HoldEmailModel.of(account, PUBLIC_URL),
                "Mona Manager",
                account.manualHold(),
                "100,000.00 EUR"));

    assertThat(email.subject())
        .isEqualTo("ACME <Corp> & Sons: credit started a manual order review");
    assertThat(email.text())
        .startsWith("Hello Mona Manager,")
        .contains("exposure is 150,000.00 EUR, at or above 100,000.00 EUR")
        .contains("Why:\nPut in order review by hand by Carl Credit: disputes every invoice.")
        .contains("https://creditbridge.example.com/app/accounts/acme");
  }
}
