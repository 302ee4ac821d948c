package com.creditbridge.notification.webhook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailingEndpointTest {

  private final FailingEndpoint rule = new FailingEndpoint(Duration.ofDays(5));
  private final Instant since = Instant.parse("2026-05-01T08:00:00Z");

  @Test
  void keepsAnEndpointThatHasFailedForLessThanFiveDays() {
    assertThat(rule.shouldDisable(since, since.plus(Duration.ofDays(5)).minusSeconds(1))).isFalse();
  }

  @Test
  void disablesAnEndpointWithoutASuccessForFiveDays() {
    assertThat(rule.shouldDisable(since, since.plus(Duration.ofDays(5)))).isTrue();
  }

  @Test
  void keepsAnEndpointThatIsNotFailing() {
    assertThat(rule.shouldDisable(null, since)).isFalse();
  }
}
