package com.creditbridge.notification.meeting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.meeting.rules.MeetingPack.AtRisk;
import com.creditbridge.notification.meeting.rules.MeetingPack.Candidate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MeetingPackTest {

  @Test
  void heldAccountsComeFirstThenTheSoonestProjectedHoldThenTheLargestExposure() {
    List<AtRisk> accounts =
        List.of(
            new AtRisk("approaching-none", false, null, new BigDecimal("90000")),
            new AtRisk("approaching-late", false, LocalDate.of(2026, 6, 20), new BigDecimal("10")),
            new AtRisk("held-small", true, null, new BigDecimal("100")),
            new AtRisk("approaching-soon", false, LocalDate.of(2026, 6, 1), new BigDecimal("5")),
            new AtRisk("held-large", true, null, new BigDecimal("5000")),
            new AtRisk("held-large-b", true, null, new BigDecimal("5000")),
            new AtRisk(
                "approaching-soon-big", false, LocalDate.of(2026, 6, 1), new BigDecimal("50")));

    assertThat(MeetingPack.inAtRiskOrder(accounts, Function.identity()))
        .extracting(AtRisk::accountId)
        .containsExactly(
            "held-large",
            "held-large-b",
            "held-small",
            "approaching-soon-big",
            "approaching-soon",
            "approaching-late",
            "approaching-none");
  }

  @Test
  void atMostFiveSuggestionsLargestExposureFirstAmongWorseningOrPastDue() {
    List<Candidate> accounts =
        List.of(
            new Candidate("fine-huge", new BigDecimal("1000000"), false, false),
            new Candidate("late-1", new BigDecimal("100"), true, false),
            new Candidate("late-2", new BigDecimal("700"), false, true),
            new Candidate("late-3", new BigDecimal("300"), true, true),
            new Candidate("late-4", new BigDecimal("900"), true, false),
            new Candidate("late-5", new BigDecimal("50"), false, true),
            new Candidate("late-6", new BigDecimal("500"), false, true));

    assertThat(MeetingPack.meetTogether(accounts))
        .extracting(Candidate::accountId)
        .containsExactly("late-4", "late-2", "late-6", "late-3", "late-1");
  }

  @Test
  void noSuggestionWhenEveryAccountPaysOnTime() {
    assertThat(
            MeetingPack.meetTogether(
                List.of(new Candidate("fine", new BigDecimal("10"), false, false))))
        .isEmpty();
  }
}
