package com.creditbridge.gateway.workspace;

import com.creditbridge.gateway.workspace.decision.Displays;
import com.creditbridge.platform.wording.Wording;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the templates call to show a value ({@code ${fmt.money(a.cureAmount, a.currency)}}): the
 * pure {@link Displays} and the {@link Wording} in use (status labels, phrases), with today's date
 * from the injected clock.
 */
public final class PageFormats {

  private final Supplier<Wording> wording;
  private final Clock clock;
  private final ZoneId zone;

  /**
   * @param wording asked at every call, so a page rendered after a new wording arrived shows it
   */
  PageFormats(Supplier<Wording> wording, Clock clock) {
    this.wording = wording;
    this.clock = clock;
    this.zone = ZoneOffset.UTC;
  }

  public String money(Object amount, Object currency) {
    return Displays.money(text(amount), text(currency));
  }

  /**
   * What a credit check was for: its {@code amount} when the service names it, else the difference
   * its figures imply ({@code exposureAfter − exposure}).
   */
  public String checkedAmount(
      Object amount, Object exposureAfter, Object exposure, Object currency) {
    String named = text(amount);
    String shown = named != null ? named : Displays.difference(text(exposureAfter), text(exposure));
    return Displays.money(shown, text(currency));
  }

  /** "Approve", "Review", "Block": a credit check's decision as the page names it. */
  public String decision(Object decision) {
    return Displays.decision(text(decision));
  }

  public String day(Object isoDate) {
    try {
      return Displays.day(text(isoDate));
    } catch (DateTimeParseException e) {
      return text(isoDate);
    }
  }

  public String moment(Object isoInstant) {
    String text = text(isoInstant);
    if (text == null || text.isBlank()) {
      return "—";
    }
    try {
      return Displays.moment(Instant.parse(text), zone) + " UTC";
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  public String fromToday(Object isoDate) {
    String text = text(isoDate);
    if (text == null || text.isBlank()) {
      return "";
    }
    try {
      return Displays.relative(LocalDate.parse(text), LocalDate.ofInstant(clock.instant(), zone));
    } catch (DateTimeParseException e) {
      return "";
    }
  }

  /** The status in the words credit and sales chose ("Order review" for ON_HOLD by default). */
  public String label(Object status) {
    return wording.get().label(text(status));
  }

  /**
   * A sentence the workspace shows in the chosen words: its own, or a service's (reasons, timeline
   * summaries); never a person's note, which stays as they wrote it.
   */
  public String say(Object sentence) {
    return wording.get().apply(text(sentence));
  }

  /** A CSS class per status, so colour is never the only signal (the label is always shown). */
  public String tone(Object status) {
    String text = text(status);
    return text == null
        ? "status"
        : "status status-" + text.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
