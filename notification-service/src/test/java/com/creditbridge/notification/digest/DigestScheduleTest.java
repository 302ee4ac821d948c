package com.creditbridge.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

  private static DigestSchedule schedule(String cron, ZoneId zone) {
    return DigestSchedule.of(
        new DigestProperties(cron, zone, Duration.ofSeconds(30), Duration.ofHours(24)));
  }

  private final DigestSchedule mondays = schedule("0 0 7 * * MON", ZoneOffset.UTC);

  @Test
  void isDueAtSevenOnMondayAndNamedByItsIsoWeek() {
    Instant sunday = Instant.parse("2026-11-22T12:00:00Z");
    Instant monday = Instant.parse("2026-11-23T07:00:00Z");

    assertThat(mondays.nextAfter(sunday)).isEqualTo(monday);
    assertThat(mondays.latestAtOrBefore(monday)).isEqualTo(monday);
    assertThat(mondays.latestAtOrBefore(monday.minusSeconds(1)))
        .isEqualTo(Instant.parse("2026-11-16T07:00:00Z"));
    assertThat(mondays.isoWeek(monday)).isEqualTo("2026-W48");
  }

  @Test
  void theZoneDecidesTheInstantAndTheWeekSpansNewYear() {
    DigestSchedule berlin = schedule("0 0 7 * * MON", ZoneId.of("Europe/Berlin"));

    Instant due = berlin.nextAfter(Instant.parse("2026-12-27T00:00:00Z"));
    assertThat(due).isEqualTo(Instant.parse("2026-12-28T06:00:00Z"));
    assertThat(berlin.isoWeek(berlin.nextAfter(due))).isEqualTo("2027-W01");
  }
}
