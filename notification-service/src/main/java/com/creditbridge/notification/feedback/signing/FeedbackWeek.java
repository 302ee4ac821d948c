package com.creditbridge.notification.feedback.signing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week ("2026-W47"), the unit of digests and feedback answers, in the digest's zone.
 *
 * @param monday the week's first day
 */
public record FeedbackWeek(LocalDate monday) {

  private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

  public FeedbackWeek {
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("a week starts on a Monday: " + monday);
    }
  }

  public static FeedbackWeek containing(LocalDate day) {
    return new FeedbackWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  public static FeedbackWeek containing(Instant instant, ZoneId zone) {
    return containing(instant.atZone(zone).toLocalDate());
  }

  /** The week written as "2026-W47", if it is one. */
  public static Optional<FeedbackWeek> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int week = Integer.parseInt(m.group(2));
    LocalDate jan4 = LocalDate.of(year, 1, 4); // always in week 1
    if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      return Optional.empty();
    }
    LocalDate monday =
        jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return Optional.of(new FeedbackWeek(monday));
  }

  public FeedbackWeek previous() {
    return new FeedbackWeek(monday.minusWeeks(1));
  }

  public FeedbackWeek next() {
    return new FeedbackWeek(monday.plusWeeks(1));
  }

  /**
   * When an answer about this week can no longer be given: the end of the week after it (the digest
   * that asks goes out at the start of that next week).
   */
  public Instant answersCloseAt(ZoneId zone) {
    return monday.plusWeeks(2).atStartOfDay(zone).toInstant();
  }

  /** This week and the {@code count - 1} before it, newest first. */
  public List<FeedbackWeek> lastWeeks(int count) {
    List<FeedbackWeek> weeks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      weeks.add(new FeedbackWeek(monday.minusWeeks(i)));
    }
    return weeks;
  }

  @Override
  public String toString() {
    return String.format(
        "%d-W%02d",
        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
