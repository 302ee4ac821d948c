package com.creditbridge.notification.feedback.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeedbackWeekTest {

  @Test
  void aWeekIsWrittenAndReadAsItsIsoWeek() {
    FeedbackWeek week = FeedbackWeek.containing(LocalDate.of(2026, 11, 26));

    assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(week).hasToString("2026-W48");
    assertThat(FeedbackWeek.parse("2026-W48")).contains(week);
  }

  @Test
  void weeksAcrossTheYearsEndBelongToTheirIsoYear() {
    // 1 January 2027 is a Friday: ISO week 53 of 2026
    FeedbackWeek week = FeedbackWeek.containing(LocalDate.of(2027, 1, 1));

    assertThat(week).hasToString("2026-W53");
    assertThat(week.next()).hasToString("2027-W01");
    assertThat(FeedbackWeek.parse("2027-W01")).contains(week.next());
    assertThat(FeedbackWeek.parse("2025-W53")).isEmpty(); // 2025 has 52 weeks
  }

  @Test
  void somethingThatIsNoWeekIsNotRead() {
    assertThat(FeedbackWeek.parse("2026-W00")).isEmpty();
    assertThat(FeedbackWeek.parse("2026-48")).isEmpty();
    assertThat(FeedbackWeek.parse(null)).isEmpty();
  }

  @Test
  void answersCloseAtTheEndOfTheFollowingWeekInTheDigestsZone() {
    FeedbackWeek week = FeedbackWeek.containing(LocalDate.of(2026, 11, 23));

    assertThat(week.answersCloseAt(ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    assertThat(week.answersCloseAt(ZoneId.of("Europe/Berlin")))
        .isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
    assertThat(
            FeedbackWeek.containing(
                Instant.parse("2026-11-29T23:30:00Z"), ZoneId.of("Europe/Berlin")))
        .hasToString("2026-W49");
  }

  @Test
  void theLastWeeksAreListedNewestFirst() {
    FeedbackWeek week = FeedbackWeek.containing(LocalDate.of(2026, 1, 7));

    assertThat(week.lastWeeks(3).stream().map(FeedbackWeek::toString))
        .containsExactly("2026-W02", "2026-W01", "2025-W52");
  }
}
