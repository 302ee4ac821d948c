package com.creditbridge.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentEncodedTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"", "q=acme", "q=M%C3%BCller", "q=%E2%82%AC100", "/api/v1/accounts/a%2Db"})
  void acceptsWellFormedUtf8(String raw) {
    assertThat(PercentEncodedText.isValidUtf8(raw)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"q=N%ED%A0%80", "q=%C3", "q=%FF", "q=%C0%AF", "q=%zz", "q=abc%", "q=%4"})
  void refusesBrokenSequencesThatDecodersWouldQuietlyReplace(String raw) {
    assertThat(PercentEncodedText.isValidUtf8(raw)).isFalse();
  }
}
