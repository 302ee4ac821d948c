package com.creditbridge.notification.feedback.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeedbackTokenTest {

  private static final String KEY = "unit-test-signing-key-0123456789abcdef";
  private static final FeedbackWeek WEEK = FeedbackWeek.containing(LocalDate.of(2026, 11, 23));
  private final FeedbackToken tokens = new FeedbackToken(KEY, ZoneOffset.UTC);

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void aSignedTokenNamesThePersonWeekAndScoreUntilTheEndOfTheFollowingWeek() {
    String token = tokens.sign("Rita@Example.com", WEEK, 4);

    assertThat(tokens.verify(token, at("2026-11-30T07:00:00Z")))
        .isEqualTo(new FeedbackToken.Valid("rita@example.com", WEEK, 4));
    assertThat(tokens.verify(token, at("2026-12-06T23:59:59Z")))
        .isInstanceOf(FeedbackToken.Valid.class);
    assertThat(tokens.verify(token, at("2026-12-07T00:00:00Z")))
        .isEqualTo(new FeedbackToken.Expired(WEEK, at("2026-12-07T00:00:00Z")));
  }

  @Test
  void aTokenChangedToAnotherPersonWeekOrScoreIsNotOurs() {
    String token = tokens.sign("rita@example.com", WEEK, 4);
    String[] parts = token.split("\\.");
    String otherPerson =
        tokens.sign("mallory@example.com", WEEK, 4).split("\\.")[0]
            + "."
            + parts[1]
            + "."
            + parts[2]
            + "."
            + parts[3];
    String otherWeek = parts[0] + "." + WEEK.previous() + "." + parts[2] + "." + parts[3];
    String otherScore = parts[0] + "." + parts[1] + ".5." + parts[3];
    Instant now = at("2026-11-30T07:00:00Z");

    assertThat(tokens.verify(otherPerson, now)).isInstanceOf(FeedbackToken.Invalid.class);
    assertThat(tokens.verify(otherWeek, now)).isInstanceOf(FeedbackToken.Invalid.class);
    assertThat(tokens.verify(otherScore, now)).isInstanceOf(FeedbackToken.Invalid.class);
  }

  @Test
  void anotherKeyGarbageAndAbsentTokensAreNotOurs() {
    FeedbackToken other = new FeedbackToken(KEY + "-other", ZoneOffset.UTC);
    Instant now = at("2026-11-30T07:00:00Z");

    assertThat(tokens.verify(other.sign("rita@example.com", WEEK, 3), now))
        .isInstanceOf(FeedbackToken.Invalid.class);
    assertThat(tokens.verify(null, now)).isInstanceOf(FeedbackToken.Invalid.class);
    assertThat(tokens.verify("a.b.c.d", now)).isInstanceOf(FeedbackToken.Invalid.class);
    assertThat(tokens.verify("x".repeat(700), now)).isInstanceOf(FeedbackToken.Invalid.class);
    assertThatThrownBy(() -> tokens.sign("rita@example.com", WEEK, 6))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
