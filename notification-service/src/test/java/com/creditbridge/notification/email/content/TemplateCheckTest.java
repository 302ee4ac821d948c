package com.creditbridge.notification.email.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.platform.wording.Wording;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateCheckTest {

  private final TemplateCheck check = new TemplateCheck();
  private final DefaultEmailTemplates defaults = new DefaultEmailTemplates();
  private final EmailRenderer renderer = new EmailRenderer();

  static List<TemplateKind> kinds() {
    return TemplateKind.all();
  }

  private List<TemplateProblem> hold(String subject, String text, String html) {
    return check.check(
        new EmailTemplate(subject, text, html), TemplateVariables.of(HoldEmailModel.class));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyShippedDefaultPassesTheCheckAndRendersItsSample(TemplateKind kind) {
    EmailTemplate template = defaults.forType(kind.key()).orElseThrow();

    assertThat(check.check(template, kind.variables(), Wording.DEFAULTS)).isEmpty();
    RenderedEmail email = renderer.render(template, TemplateSamples.model(kind, "https://cb.test"));
    assertThat(email.subject()).isNotBlank();
    assertThat(email.text() + email.html())
        .contains("Sample Trading Ltd")
        .contains("12,000.00 EUR")
        .containsIgnoringCase("promised")
        .doesNotContainIgnoringCase("credit hold")
        .doesNotContain("{{");
  }

  @Test
  void acceptsNamesOfTheModelSectionsOverListsAndTheirElements() {
    assertThat(
            hold(
                "{{accountName}}",
                "{{#hasReasons}}{{#reasons}}- {{.}} {{accountName}}{{/reasons}}{{/hasReasons}}",
                "{{^hasPromise}}none{{/hasPromise}}{{timelineUrl}}{{! a comment }}"))
        .isEmpty();
  }

  @Test
  void rejectsAnUnknownVariableNamingThePart() {
    assertThat(hold("{{accountName}}", "Hello {{acountName}}", "<p>{{accountName}}</p>"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("text");
              assertThat(p.message()).contains("acountName").contains("accountName");
            });
  }

  @Test
  void rejectsAnUnknownSectionAndTheElementOutsideItsList() {
    assertThat(hold("{{#nope}}x{{/nope}}", "{{.}}", "ok"))
        .extracting(TemplateProblem::field)
        .containsExactly("subject", "text");
  }

  @Test
  void rejectsSyntaxErrors() {
    assertThat(hold("{{accountName}}", "ok", "{{#hasReasons}}unclosed"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("html");
              assertThat(p.message()).startsWith("syntax error");
            });
  }

  @Test
  void rejectsPartialsAndDelimiterChanges() {
    assertThat(hold("{{accountName}}", "{{> other}}", "{{=<% %>=}}"))
        .extracting(TemplateProblem::field)
        .containsExactly("text", "html");
  }

  @Test
  void resolvesDottedNamesAndNestedRecordsOfEscalations() {
    var variables = TemplateVariables.of(EscalationEmailModel.class);

    assertThat(
            check.check(
                new EmailTemplate(
                    "{{hold.accountName}}",
                    "{{#hold}}{{accountName}} {{acknowledgeUrl}}{{/hold}}",
                    "{{hold.nope}}"),
                variables))
        .singleElement()
        .extracting(TemplateProblem::field)
        .isEqualTo("html");
  }

  @Test
  void refusesUnescapedHtmlInEveryForm() {
    assertThat(hold("{{accountName}}", "{{{accountName}}}", "<p>{{& accountName}}</p>"))
        .satisfiesExactly(
            p -> {
              assertThat(p.field()).isEqualTo("text");
              assertThat(p.message()).contains("{{{accountName}}}").contains("unescaped HTML");
            },
            p -> {
              assertThat(p.field()).isEqualTo("html");
              assertThat(p.message()).contains("{{& accountName}}").contains("unescaped HTML");
            });
  }

  @Test
  void refusesALineBreakInsideTheSubjectButNotAnEditorsFinalNewline() {
    assertThat(hold("{{accountName}}\nBcc: someone@example.com", "ok", "ok"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("subject");
              assertThat(p.message()).contains("line break");
            });
    assertThat(hold("{{accountName}}\r\n", "ok", "ok")).isEmpty();
  }

  @Test
  void refusesAPhraseTheWordingAvoidsNamingItAndItsReplacement() {
    assertThat(hold("{{accountName}}", "Your account is On Hold.", "<p>Orders are blocked</p>"))
        .satisfiesExactly(
            p -> {
              assertThat(p.field()).isEqualTo("text");
              assertThat(p.message()).contains("\"on hold\"").contains("\"order review\"");
            },
            p -> {
              assertThat(p.field()).isEqualTo("html");
              assertThat(p.message()).contains("\"blocked\"").contains("\"paused\"");
            });
  }

  @Test
  void checksAgainstTheWordingInForceNotOnlyTheDefaults() {
    var wording =
        new Wording(3, Map.of(), List.of(new Wording.Phrase("order review", "quick check")));
    var template = new EmailTemplate("{{accountName}}", "An order review started.", "<p>ok</p>");

    assertThat(check.check(template, TemplateVariables.of(HoldEmailModel.class), wording))
        .singleElement()
        .extracting(TemplateProblem::field)
        .isEqualTo("text");
    assertThat(check.check(template, TemplateVariables.of(HoldEmailModel.class))).isEmpty();
  }

  @Test
  void stillRefusesUnclosedSectionsAndUnknownTags() {
    assertThat(hold("{{accountName}}", "{{#hasReasons}}open", "{{nope}}"))
        .satisfiesExactly(
            p -> assertThat(p.message()).startsWith("syntax error"),
            p -> assertThat(p.message()).contains("unknown variable 'nope'"));
  }

  @Test
  void offersTheStatusLabelsToEveryTemplate() {
    assertThat(
            check.check(
                new EmailTemplate(
                    "{{statusLabel}}: {{accountName}}",
                    "{{statusLabels.ON_HOLD}} {{#statusLabels}}{{CLEAR}}{{/statusLabels}}",
                    "<p>{{statusLabels.APPROACHING}}</p>"),
                TemplateKind.find("credit.hold.placed").orElseThrow().variables()))
        .isEmpty();
  }

  @Test
  void boundsEveryPart() {
    String big = "x".repeat(TemplateCheck.MAX_BODY + 1);

    assertThat(hold("s".repeat(TemplateCheck.MAX_SUBJECT + 1), big, ""))
        .extracting(TemplateProblem::message)
        .containsExactly(
            "must be at most 1000 characters",
            "must be at most 65536 characters",
            "must not be empty");
  }
}
