package com.creditbridge.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

  @Test
  void acceptsPlainTextAndPairedSurrogates() {
    assertThat(TextRules.problem("name", "Acme GmbH – Zürich 😀")).isEmpty();
  }

  @Test
  void refusesNulAndOtherControlCharactersEverywhere() {
    assertThat(TextRules.problem("name", "a\u0000b")).contains(TextRules.CONTROL_CHARACTER);
    assertThat(TextRules.problem("reason", "a\u0007b")).contains(TextRules.CONTROL_CHARACTER);
    assertThat(TextRules.problem("note", "a\u007fb")).contains(TextRules.CONTROL_CHARACTER);
    assertThat(TextRules.problem("text", "a\u0085b")).contains(TextRules.CONTROL_CHARACTER);
  }

  @Test
  void allowsLineBreaksOnlyInMultiLineFields() {
    assertThat(TextRules.problem("reason", "first\r\nsecond\tthird")).isEmpty();
    assertThat(TextRules.problem("name", "first\nsecond")).contains(TextRules.SINGLE_LINE);
    assertThat(TextRules.problem(null, "tab\there")).contains(TextRules.SINGLE_LINE);
  }

  @Test
  void refusesLoneSurrogatesThatCannotBeStored() {
    assertThat(TextRules.problem("name", "a\ud800")).contains(TextRules.BROKEN_UNICODE);
    assertThat(TextRules.problem("name", "\udc00a")).contains(TextRules.BROKEN_UNICODE);
    assertThat(TextRules.problem("name", "\ud800x")).contains(TextRules.BROKEN_UNICODE);
  }
}
