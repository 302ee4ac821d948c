package com.creditbridge.notification.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import org.springframework.scheduling.support.CronExpression;

/**
 * When digests are due: the cron's fire times in its zone. A digest is identified by the ISO week
 * of its fire time; a cron firing several times a week still sends one digest per rep and week.
 */
record DigestSchedule(CronExpression cron, ZoneId zone) {

  static DigestSchedule of(DigestProperties properties) {
    return new DigestSchedule(CronExpression.parse(properties.cron()), properties.zone());
  }

  /** The first fire time strictly after {@code instant}. */
  Instant nextAfter(Instant instant) {
    ZonedDateTime next = cron.next(instant.atZone(zone));
    if (next == null) {
      throw new IllegalStateException("the digest cron never fires");
    }
    return next.toInstant();
  }

  /** The latest fire time at or before {@code now} within the last eight days, or null. */
  Instant latestAtOrBefore(Instant now) {
    Instant candidate = null;
    Instant t = nextAfter(now.minus(java.time.Duration.ofDays(8)));
    for (int i = 0; i < 10_000 && !t.isAfter(now); i++) {
      candidate = t;
      t = nextAfter(t);
    }
    return candidate;
  }

  /** "2026-W47". */
  String isoWeek(Instant due) {
    ZonedDateTime at = due.atZone(zone);
    return String.format(
        "%d-W%02d", at.get(IsoFields.WEEK_BASED_YEAR), at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
