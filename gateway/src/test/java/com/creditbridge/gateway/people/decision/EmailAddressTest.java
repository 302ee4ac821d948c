package com.creditbridge.gateway.people.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Test
  void matchesPeopleCaseInsensitivelyByStoringLowerCase() {
    assertThat(EmailAddress.parse("  Rita@Example.COM "))
        .map(EmailAddress::value)
        .hasValue("rita@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "rita",
        "rita@",
        "@example.com",
        "rita@@example.com",
        "rita smith@example.com",
        "rita@example..com",
        "rita\u0000@example.com",
        "rita@example.com\r\nBcc: x@y.z",
        "<script>@example.com"
      })
  void refusesWhatIsNotOneAddress(String text) {
    assertThat(EmailAddress.parse(text)).isEmpty();
  }

  @Test
  void refusesAnAddressLongerThanTheStandardAllows() {
    String local = "a".repeat(64);
    String domain = "b".repeat(190) + ".com";
    assertThat(EmailAddress.parse(local + "@" + domain)).isEmpty();
  }

  @Test
  void refusesNull() {
    assertThat(EmailAddress.parse(null)).isEmpty();
  }

  @Test
  void constructorRejectsUpperCaseSoEveryStoredAddressIsNormalised() {
    assertThatThrownBy(() -> new EmailAddress("Rita@example.com"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
