package com.creditbridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "ACME-1",
        "inv.2026:03_x",
        "0123456789012345678901234567890123456789012345678901234567890123"
      })
  void acceptsIdsOfTheAllowedCharactersUpToSixtyFourLong(String id) {
    assertThat(Identifiers.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a b",
        "a/b",
        "ä",
        "01234567890123456789012345678901234567890123456789012345678901234"
      })
  void refusesEmptyLongOrForeignIds(String id) {
    assertThat(Identifiers.isValid(id)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void refusesNull() {
    assertThat(Identifiers.isValid(null)).isFalse();
  }
}
