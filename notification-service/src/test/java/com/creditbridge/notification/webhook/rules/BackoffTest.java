package com.creditbridge.notification.webhook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.retry.RetrySchedule;
import com.creditbridge.notification.webhook.rules.Backoff.Failure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff =
      new Backoff(
          new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)), 0),
          Duration.ofSeconds(60),
          Duration.ofHours(24));
  private final Random random = new Random(1);

  private static Failure status(int code) {
    return new Failure(code, false, Optional.empty());
  }

  private static Failure status(int code, Duration retryAfter) {
    return new Failure(code, false, Optional.of(retryAfter));
  }

  @Test
  void followsTheScheduleForAnOrdinaryFailure() {
    assertThat(backoff.after(1, status(500), random)).contains(Duration.ofSeconds(5));
    assertThat(backoff.after(2, status(500), random)).contains(Duration.ofMinutes(5));
  }

  @Test
  void waitsAtLeastSixtySecondsAfterATimeout() {
    assertThat(backoff.after(1, new Failure(null, true, Optional.empty()), random))
        .contains(Duration.ofSeconds(60));
  }

  @Test
  void waitsAtLeastSixtySecondsAfterA429() {
    assertThat(backoff.after(1, status(429), random)).contains(Duration.ofSeconds(60));
    assertThat(backoff.after(2, status(429), random)).contains(Duration.ofMinutes(5));
  }

  @Test
  void honoursRetryAfterWithinItsBounds() {
    assertThat(backoff.after(1, status(503, Duration.ofSeconds(90)), random))
        .contains(Duration.ofSeconds(90));
    assertThat(backoff.after(1, status(503, Duration.ofSeconds(1)), random))
        .contains(Duration.ofSeconds(60));
    assertThat(backoff.after(1, status(503, Duration.ofDays(30)), random))
        .contains(Duration.ofHours(24));
  }

  @Test
  void retryAfterNeverMakesARetrySoonerThanTheSchedule() {
    assertThat(backoff.after(2, status(503, Duration.ofSeconds(90)), random))
        .contains(Duration.ofMinutes(5));
  }

  @Test
  void neitherAddsAttemptsOnceTheScheduleIsUsedUp() {
    assertThat(backoff.after(3, status(429, Duration.ofSeconds(90)), random)).isEmpty();
    assertThat(backoff.after(3, new Failure(null, true, Optional.empty()), random)).isEmpty();
  }
}
