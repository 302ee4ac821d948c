package com.creditbridge.gateway.workspace.decision;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;

/**
 * Money and dates as people read them ("€1,200.00", "2 Dec 2026", "in 5 days"), never as the API
 * writes them. One locale for now; the pages are in English.
 */
public final class Displays {

  private static final Locale LOCALE = Locale.UK;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", LOCALE);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", LOCALE);

  private Displays() {}

  /** An amount in its currency; a blank amount is shown as a dash. */
  public static String money(String amount, String currency) {
    if (amount == null || amount.isBlank()) {
      return "—";
    }
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      return amount;
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
    try {
      Currency unit = Currency.getInstance(currency);
      format.setCurrency(unit);
      format.setMinimumFractionDigits(Math.max(0, unit.getDefaultFractionDigits()));
      format.setMaximumFractionDigits(Math.max(value.scale(), unit.getDefaultFractionDigits()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return value.toPlainString() + (currency == null ? "" : " " + currency);
    }
    return format.format(value);
  }

  /** {@code after − before} as a decimal string; null when either is missing or not a number. */
  public static String difference(String after, String before) {
    if (after == null || before == null) {
      return null;
    }
    try {
      return new BigDecimal(after).subtract(new BigDecimal(before)).toPlainString();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A credit check's decision ("approve") as a word that starts a sentence ("Approve"). */
  public static String decision(String decision) {
    if (decision == null || decision.isBlank()) {
      return "—";
    }
    return decision.substring(0, 1).toUpperCase(LOCALE) + decision.substring(1);
  }

  public static String day(LocalDate date) {
    return date == null ? "—" : DAY.format(date);
  }

  public static String day(String isoDate) {
    return isoDate == null || isoDate.isBlank() ? "—" : day(LocalDate.parse(isoDate));
  }

  public static String moment(Instant instant, ZoneId zone) {
    return instant == null ? "—" : MOMENT.format(instant.atZone(zone));
  }

  /** "today", "tomorrow", "in 5 days", "3 days ago": how far a date is from today. */
  public static String relative(LocalDate date, LocalDate today) {
    if (date == null) {
      return "";
    }
    long days = ChronoUnit.DAYS.between(today, date);
    if (days == 0) {
      return "today";
    }
    if (days == 1) {
      return "tomorrow";
    }
    if (days == -1) {
      return "yesterday";
    }
    return days > 0 ? "in " + days + " days" : -days + " days ago";
  }
}
