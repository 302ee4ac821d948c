package com.creditbridge.notification.email.content;

import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.AccountStatus;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.change.HoldChange.Promise;
import com.creditbridge.notification.change.ReviewChange;
import com.creditbridge.notification.change.ReviewChange.Decision;
import com.creditbridge.notification.change.ReviewChange.Outcome;
import com.creditbridge.notification.change.ReviewChange.Step;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The made-up account a template preview is rendered against, with every optional part set. */
public final class TemplateSamples {

  private TemplateSamples() {}

  public static Object model(TemplateKind kind, String publicUrl) {
    HoldEmailModel hold = HoldEmailModel.of(account(), publicUrl);
    return switch (kind.key()) {
      case TemplateKind.DIGEST ->
          DigestEmailModel.of(
                  "Rita Rep",
                  "Monday 1 June 2026",
                  WorkspaceLinks.home(publicUrl),
                  List.of(hold),
                  List.of(hold),
                  List.of(
                      new DigestEmailModel.Note(
                          "Sample Trading Ltd",
                          "Carl Credit",
                          "Called the customer; payment run is on Friday.",
                          "Wednesday 3 June 2026")),
                  List.of(
                      new DigestEmailModel.Change(
                          "Sample Trading Ltd", "order review started", "Tuesday 2 June 2026")))
              .withMissingInformation(
                  List.of("Sample Trading Ltd: no sales manager, no credit limit"))
              .withFeedback(
                  java.util.stream.IntStream.rangeClosed(1, 5)
                      .mapToObj(
                          score ->
                              new DigestEmailModel.FeedbackLink(
                                  score, WorkspaceLinks.feedback(publicUrl, "sample-" + score)))
                      .toList());
      case TemplateKind.ESCALATION ->
          new EscalationEmailModel(
              hold,
              WorkspaceLinks.acknowledgement(publicUrl, "sample"),
              "Wednesday 3 June 2026 08:00 UTC",
              "50,000.00 EUR");
      case TemplateKind.MANAGER ->
          new ManagerEmailModel(hold, "Mona Manager", "Wednesday 3 June 2026 08:00 UTC");
      case TemplateKind.WELCOME ->
          WelcomeEmailModel.of(
              "Rita Rep",
              List.of(
                  new WelcomeEmailModel.Section(
                      "Who approves orders in review",
                      "The credit analyst of the account decides within one working day.")),
              PolicyWords.sentences(
                  new PolicyWords.Terms(
                      60,
                      7,
                      new BigDecimal("1.00"),
                      new BigDecimal("0.90"),
                      BigDecimal.ZERO,
                      2,
                      new BigDecimal("50000.00"),
                      24,
                      new BigDecimal("100000.00"))),
              List.of(hold),
              WorkspaceLinks.home(publicUrl));
      case TemplateKind.POLICY_CHANGED ->
          PolicyChangeEmailModel.of(
              "Rita Rep",
              2,
              List.of(
                  new PolicyChangeEmailModel.Change(
                      "Sample Trading Ltd",
                      "In good standing",
                      "Order review",
                      "Sample Trading Ltd: In good standing → Order review, because: Invoice"
                          + " INV-1001 (12,000.00 EUR) is 35 days past due. The customer promised"
                          + " to pay by Friday 5 June 2026.",
                      WorkspaceLinks.accountPage(publicUrl, "sample-account"))),
              WorkspaceLinks.home(publicUrl));
      case TemplateKind.REVIEW_REQUESTED, TemplateKind.REVIEW_ESCALATED ->
          ReviewEmailModel.of(review(Outcome.OPEN), account(), "Carl Credit", publicUrl);
      case TemplateKind.REVIEW_DECIDED ->
          ReviewEmailModel.of(review(Outcome.APPROVED), account(), "Rita Rep", publicUrl);
      case TemplateKind.MANUAL_HOLD ->
          new ManualHoldEmailModel(
              hold,
              "Mona Manager",
              "Put in order review by hand by Carl Credit: the customer disputes every invoice.",
              "50,000.00 EUR");
      case TemplateKind.REPLY_FORWARDED ->
          new ReplyEmailModel(
              "Carl Credit",
              "Rita Rep",
              "rita@example.com",
              "sales rep",
              "Sample Trading Ltd",
              "Spoke to their finance team: they promised the 12,000.00 EUR for Friday.",
              WorkspaceLinks.accountPage(publicUrl, "sample-account"));
      default -> hold;
    };
  }

  /** A request for a joint decision, with both approvals when approved. */
  static ReviewChange review(Outcome outcome) {
    Person rita = new Person("rep-rita", "Rita Rep", "rita@example.com");
    List<Decision> approvals =
        outcome == Outcome.APPROVED
            ? List.of(
                new Decision(
                    new Person(null, "Carl Credit", "carl@example.com"),
                    "credit",
                    "Fine once the promise is in.",
                    LocalDate.of(2026, 6, 30)),
                new Decision(
                    new Person(null, "Mona Manager", "mona@example.com"),
                    "sales-manager",
                    null,
                    LocalDate.of(2026, 6, 30)))
            : List.of();
    return new ReviewChange(
        "review-sample",
        "sample-account",
        outcome == Outcome.OPEN ? Step.REQUESTED : Step.DECIDED,
        outcome,
        "The customer pays on Friday; the order is for their busiest season.",
        rita,
        LocalDate.of(2026, 6, 30),
        new ReviewChange.Promise(new BigDecimal("12000.00"), LocalDate.of(2026, 6, 5)),
        2,
        approvals,
        null,
        java.time.Instant.parse("2026-06-01T08:00:00Z"));
  }

  static HoldChange account() {
    return new HoldChange(
        "sample-account",
        "Sample Trading Ltd",
        AccountStatus.ON_HOLD,
        List.of("Invoice INV-1001 (12,000.00 EUR) is 65 days past due."),
        LocalDate.of(2026, 6, 12),
        new BigDecimal("12000.00"),
        new BigDecimal("64000.00"),
        "EUR",
        new Person("rep-rita", "Rita Rep", "rita@example.com"),
        new Person("an-carl", "Carl Credit", "carl@example.com"),
        new Person(null, "Mona Manager", "mona@example.com"),
        "enterprise",
        new Promise(new BigDecimal("12000.00"), LocalDate.of(2026, 6, 5), "Carl Credit"),
        null);
  }
}
