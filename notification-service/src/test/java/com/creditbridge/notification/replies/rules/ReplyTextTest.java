package com.creditbridge.notification.replies.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTextTest {

  @Test
  void keepsTheRepliersOwnWordsAndDropsTheQuotedEmailAfterOnWrote() {
    String body =
        """
        Spoke to their finance team.
        The payment run is on Friday.

        On Mon, 1 Jun 2026 at 10:00, CreditBridge <creditbridge@localhost> wrote:
        > Hello Rita Rep,
        > ACME Corp: new orders now go through an order review
        """;

    assertThat(ReplyText.of(body, null))
        .isEqualTo("Spoke to their finance team.\nThe payment run is on Friday.");
  }

  @Test
  void recognisesAnAttributionLineWrappedOverTwoLines() {
    String body =
        """
        Paid today.

        On Mon, 1 Jun 2026 at 10:00, CreditBridge <creditbridge@
        localhost> wrote:
        > Hello
        """;

    assertThat(ReplyText.of(body, null)).isEqualTo("Paid today.");
  }

  @Test
  void dropsQuotedLinesInterleavedWithTheAnswer() {
    String body = "> Will they pay?\nYes, on Friday.\n>> earlier\nThanks for asking\n";

    assertThat(ReplyText.of(body, null)).isEqualTo("Yes, on Friday.\nThanks for asking");
  }

  @Test
  void dropsTheSignatureAfterTheDashDashLine() {
    String body = "Customer confirmed the transfer.\n\n-- \nRita Rep\nSales, North\n+44 1234\n";

    assertThat(ReplyText.of(body, null)).isEqualTo("Customer confirmed the transfer.");
  }

  @Test
  void dropsACommonSignOffAndTheNameUnderIt() {
    String body = "They will pay half now.\n\nBest regards,\nRita Rep\nAccount Manager\n";

    assertThat(ReplyText.of(body, null)).isEqualTo("They will pay half now.");
  }

  @Test
  void keepsASignOffWordThatIsPartOfASentence() {
    String body = "Thanks, the customer paid in full this morning.";

    assertThat(ReplyText.of(body, null)).isEqualTo(body);
  }

  @Test
  void dropsOutlooksQuotedHeaderBlockAndDeviceFooters() {
    String body =
        """
        Paid.
        Sent from my iPhone

        ________________________________
        From: CreditBridge <creditbridge@localhost>
        Sent: Monday, 1 June 2026 10:00
        """;
    String withoutSeparator =
        "Paid.\n\nFrom: CreditBridge <creditbridge@localhost>\nSent: Monday\nTo: rita\n";

    assertThat(ReplyText.of(body, null)).isEqualTo("Paid.");
    assertThat(ReplyText.of(withoutSeparator, null)).isEqualTo("Paid.");
  }

  @Test
  void dropsAnOriginalMessageBlock() {
    String body = "Agreed.\n-----Original Message-----\nFrom: x\n";

    assertThat(ReplyText.of(body, null)).isEqualTo("Agreed.");
  }

  @Test
  void prefersThePlainTextPart() {
    assertThat(ReplyText.of("plain words", "<p>html words</p>")).isEqualTo("plain words");
  }

  @Test
  void convertsHtmlToTextWithoutTagsScriptsOrQuotedBlocks() {
    String html =
        """
        <html><head><title>x</title><style>p {color: red}</style></head>
        <body><p>Paid &amp; confirmed&nbsp;today.</p><div>Second <b>line</b><br>third</div>
        <script>alert('x')</script><img src=x onerror=alert(1)>
        <blockquote type="cite">On Monday CreditBridge wrote: <blockquote>deeper</blockquote>
        quoted</blockquote><p>&lt;b&gt; stays text &#65;&#x42;</p></body></html>
        """;

    String text = ReplyText.of(null, html);

    assertThat(text)
        .isEqualTo("Paid & confirmed today.\n\nSecond line\nthird\n\n<b> stays text AB")
        .doesNotContain("alert")
        .doesNotContain("quoted")
        .doesNotContain("deeper")
        .doesNotContain("color");
  }

  @Test
  void collapsesBlankLinesAndTrims() {
    assertThat(ReplyText.of("\n\n  first\n\n\n\nsecond  \n\n", null)).isEqualTo("first\n\nsecond");
  }

  @Test
  void cutsTheTextAt4000Characters() {
    String text = ReplyText.of("a".repeat(10_000), null);

    assertThat(text).hasSize(ReplyText.MAX_LENGTH).endsWith("…");
  }

  @Test
  void neverCutsACharacterInHalf() {
    String text = ReplyText.of("a".repeat(3997) + "😀😀😀", null);

    assertThat(text.length()).isLessThanOrEqualTo(ReplyText.MAX_LENGTH);
    assertThat(Character.isHighSurrogate(text.charAt(text.length() - 2))).isFalse();
  }

  @Test
  void isEmptyWhenOnlyQuotedTextIsLeft() {
    assertThat(ReplyText.of("> quoted only\n-- \nRita", null)).isEmpty();
    assertThat(ReplyText.of(null, null)).isEmpty();
    assertThat(ReplyText.of("  ", "<p> </p>")).isEmpty();
  }
}
