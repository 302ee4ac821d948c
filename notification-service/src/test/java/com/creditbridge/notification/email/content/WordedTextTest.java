package com.creditbridge.notification.email.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.platform.wording.Wording;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordedTextTest {

  private final EmailRenderer renderer = new EmailRenderer();

  @Test
  void rewordsTheTextOfEveryPartKeepingTheInitialCapital() {
    RenderedEmail email =
        WordedText.of(
            new RenderedEmail(
                "Credit hold for ACME", "The account is on hold.", "<p>Orders blocked</p>"),
            Wording.DEFAULTS);

    assertThat(email.subject()).isEqualTo("Order review for ACME");
    assertThat(email.text()).isEqualTo("The account is order review.");
    assertThat(email.html()).isEqualTo("<p>Orders paused</p>");
  }

  @Test
  void leavesTagsAttributesAndUrlsAlone() {
    String html =
        "<a href=\"https://cb.test/app/blocked\" title=\"on hold\">blocked https://cb.test/on-hold"
            + " blocked</a>";

    assertThat(WordedText.html(html, Wording.DEFAULTS))
        .isEqualTo(
            "<a href=\"https://cb.test/app/blocked\" title=\"on hold\">paused"
                + " https://cb.test/on-hold paused</a>");
    assertThat(WordedText.plain("See https://cb.test/blocked, blocked.", Wording.DEFAULTS))
        .isEqualTo("See https://cb.test/blocked, paused.");
  }

  @Test
  void rendersTheModelsReasonsAndTheStatusLabelInTheChosenWords() {
    Wording wording =
        new Wording(
            7,
            Map.of("CLEAR", "All good", "APPROACHING", "Heads-up", "ON_HOLD", "Quick check"),
            List.of(new Wording.Phrase("on hold", "in a quick check")));
    EmailTemplate template =
        new EmailTemplate(
            "{{statusLabel}}: {{accountName}}",
            "{{#reasons}}- {{.}}\n{{/reasons}}{{statusLabels.CLEAR}}",
            "<p title=\"{{statusLabel}}\">{{#reasons}}{{.}}{{/reasons}}</p>");
    HoldChange p = HoldEmails.placed();
    Object model =
        HoldEmailModel.of(
            new HoldChange(
                p.accountId(),
                "ACME Corp",
                p.status(),
                List.of("The account is on hold after 60 days."),
                null,
                p.cureAmount(),
                p.exposure(),
                p.currency(),
                p.salesRep(),
                p.creditAnalyst(),
                null,
                null,
                null,
                null),
            "https://cb.test");

    RenderedEmail email = renderer.render("credit.hold.placed", template, model, wording);

    assertThat(email.subject()).endsWith("ACME Corp").startsWith("Quick check: ");
    assertThat(email.text())
        .contains("- The account is in a quick check after 60 days.")
        .contains("All good");
    assertThat(email.html()).contains("in a quick check after 60 days");
  }
}
