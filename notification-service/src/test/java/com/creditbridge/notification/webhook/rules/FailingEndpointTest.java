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

  @Test
  void namesWhenTheStreakBeganAndTheLimitInTheReason() {
    assertThat(rule.disabledReason(since, since.plus(Duration.ofDays(6))))
        .contains("No delivery succeeded since 2026-05-01T08:00:00Z; disabled after PT120H.");
  }

  @Test
  void givesNoReasonWhileTheEndpointMayKeepTrying() {
    assertThat(rule.disabledReason(since, since.plus(Duration.ofDays(4)))).isEmpty();
    assertThat(rule.disabledReason(null, since)).isEmpty();
  }

  @Test
  void tellsTheAdminsTheLimitAndTheLastEvent() {
    assertThat(rule.alert("evt-1")).isEqualTo("no delivery succeeded for PT120H (last: evt-1).");
  }

  @Test
  void saysAGoneEndpointAnswered410() {
    assertThat(FailingEndpoint.GONE_REASON).isEqualTo("The endpoint answered 410 Gone.");
    assertThat(FailingEndpoint.GONE_ALERT).isEqualTo("it answered 410 Gone.");
  }
}
