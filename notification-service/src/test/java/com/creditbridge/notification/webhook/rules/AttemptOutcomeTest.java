package com.creditbridge.notification.webhook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttemptOutcomeTest {

  @ParameterizedTest
  @CsvSource({
    "200, DELIVERED",
    "202, DELIVERED",
    "204, DELIVERED",
    "299, DELIVERED",
    "410, GONE",
    "301, RETRY",
    "302, RETRY",
    "400, RETRY",
    "404, RETRY",
    "429, RETRY",
    "500, RETRY",
    "503, RETRY"
  })
  void classifiesTheResponseStatus(int status, AttemptOutcome expected) {
    assertThat(AttemptOutcome.ofStatus(status)).isEqualTo(expected);
  }
}
