package com.creditbridge.gateway.signin.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInRulesTest {

  private static final SignInRules CONTRACT =
      new SignInRules(Duration.ofMinutes(15), 5, Duration.ofHours(12), Duration.ofDays(7));
  private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");

  @Test
  void aLinkExpiresFifteenMinutesAfterItWasIssued() {
    assertThat(CONTRACT.linkExpiry(T0)).isEqualTo(T0.plusSeconds(15 * 60));
  }

  @Test
  void allowsFiveLinksPerAddressPerHourAndNotASixth() {
    assertThat(CONTRACT.mayIssueLink(4)).isTrue();
    assertThat(CONTRACT.mayIssueLink(5)).isFalse();
    assertThat(CONTRACT.quotaWindowStart(T0)).isEqualTo(T0.minusSeconds(3600));
  }

  @Test
  void endsASessionAfterTwelveHoursIdle() {
    Instant lastSeen = T0.plus(Duration.ofHours(1));
    assertThat(
            CONTRACT.sessionAlive(
                T0, lastSeen, lastSeen.plus(Duration.ofHours(12)).minusSeconds(1)))
        .isTrue();
    assertThat(CONTRACT.sessionAlive(T0, lastSeen, lastSeen.plus(Duration.ofHours(12)))).isFalse();
  }

  @Test
  void endsASessionAfterSevenDaysHoweverBusy() {
    Instant almostAWeek = T0.plus(Duration.ofDays(7)).minusSeconds(1);
    assertThat(CONTRACT.sessionAlive(T0, almostAWeek, almostAWeek)).isTrue();
    assertThat(CONTRACT.sessionAlive(T0, almostAWeek, T0.plus(Duration.ofDays(7)))).isFalse();
  }

  @Test
  void recordsASessionsUseAtMostOnceAMinute() {
    assertThat(CONTRACT.shouldRecordUse(T0, T0.plusSeconds(59))).isFalse();
    assertThat(CONTRACT.shouldRecordUse(T0, T0.plusSeconds(60))).isTrue();
  }

  @Test
  void refusesSettingsThatContradictEachOther() {
    assertThatThrownBy(
            () -> new SignInRules(Duration.ZERO, 5, Duration.ofHours(12), Duration.ofDays(7)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new SignInRules(
                    Duration.ofMinutes(15), 0, Duration.ofHours(12), Duration.ofDays(7)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new SignInRules(Duration.ofMinutes(15), 5, Duration.ofDays(8), Duration.ofDays(7)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
