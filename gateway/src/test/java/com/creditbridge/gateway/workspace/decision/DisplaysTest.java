package com.creditbridge.gateway.workspace.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DisplaysTest {

  @Test
  void showsMoneyWithItsCurrencySymbolAndGrouping() {
    assertThat(Displays.money("1200.00", "EUR")).isEqualTo("€1,200.00");
    assertThat(Displays.money("50000", "GBP")).isEqualTo("£50,000.00");
    assertThat(Displays.money("1234", "JPY")).isEqualTo("JP¥1,234");
  }

  @Test
  void showsADashForNoAmountAndTheRawTextForAnUnknownCurrency() {
    assertThat(Displays.money(null, "EUR")).isEqualTo("—");
    assertThat(Displays.money("12.50", "XYZ")).isEqualTo("12.50 XYZ");
  }

  @Test
  void readsACheckedAmountFromTheFiguresOfACreditCheck() {
    assertThat(Displays.difference("9100.00", "7500.00")).isEqualTo("1600.00");
    assertThat(Displays.difference(null, "7500.00")).isNull();
    assertThat(Displays.difference("n/a", "7500.00")).isNull();
  }

  @Test
  void namesACreditCheckDecisionAsAWord() {
    assertThat(Displays.decision("review")).isEqualTo("Review");
    assertThat(Displays.decision(null)).isEqualTo("—");
  }

  @Test
  void showsDatesAsPeopleReadThem() {
    assertThat(Displays.day("2026-12-02")).isEqualTo("2 Dec 2026");
    assertThat(Displays.moment(Instant.parse("2026-12-02T09:05:00Z"), ZoneOffset.UTC))
        .isEqualTo("2 Dec 2026, 09:05");
  }

  @Test
  void saysHowFarADateIsFromToday() {
    LocalDate today = LocalDate.parse("2026-12-02");
    assertThat(Displays.relative(today, today)).isEqualTo("today");
    assertThat(Displays.relative(today.plusDays(1), today)).isEqualTo("tomorrow");
    assertThat(Displays.relative(today.minusDays(1), today)).isEqualTo("yesterday");
    assertThat(Displays.relative(today.plusDays(7), today)).isEqualTo("in 7 days");
    assertThat(Displays.relative(today.minusDays(3), today)).isEqualTo("3 days ago");
  }
}
