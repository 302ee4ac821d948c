package com.creditbridge.platform.wording;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words credit and sales chose together: a label for each credit status and phrases to avoid,
 * each with the words to use instead. Every service that writes a sentence a person reads passes it
 * through {@link #apply}, so "credit hold placed" reaches a sales rep as "order review placed"
 * wherever it is read. Pure: the services keep the version in force and hand it in.
 *
 * <p>A value: equal wordings have equal version, labels and phrases. Its one pattern for all the
 * phrases is compiled once, as the wording is applied to every sentence a service writes.
 */
public final class Wording {

  /** contract.md's defaults: "credit hold" offends customers, so sales asked for other words. */
  public static final Wording DEFAULTS =
      new Wording(
          0,
          Map.of(
              "CLEAR", "In good standing",
              "APPROACHING", "Payment reminder",
              "ON_HOLD", "Order review"),
          List.of(
              new Phrase("credit hold", "order review"),
              new Phrase("on hold", "order review"),
              new Phrase("blocked", "paused")));

  private final long version;
  private final Map<String, String> statusLabels;
  private final List<Phrase> phrases;
  private final Pattern pattern;

  /**
   * @param version 0 for the contract's defaults, then the notification-service's version number
   */
  public Wording(long version, Map<String, String> statusLabels, List<Phrase> phrases) {
    this.version = version;
    this.statusLabels = Map.copyOf(new LinkedHashMap<>(statusLabels));
    this.phrases = List.copyOf(phrases);
    this.pattern = this.phrases.isEmpty() ? null : pattern(this.phrases);
  }

  public long version() {
    return version;
  }

  public Map<String, String> statusLabels() {
    return statusLabels;
  }

  public List<Phrase> phrases() {
    return phrases;
  }

  /** Say {@code use} where a sentence would say {@code avoid} (whole words, any case). */
  public record Phrase(String avoid, String use) {
    public Phrase {
      if (avoid == null || avoid.isBlank()) {
        throw new IllegalArgumentException("a phrase to avoid must not be blank");
      }
      avoid = avoid.strip();
      use = use == null ? "" : use;
    }
  }

  /** The label for a status ({@code CLEAR}, {@code APPROACHING}, {@code ON_HOLD}). */
  public String label(String status) {
    if (status == null) {
      return "Unknown";
    }
    String label = statusLabels.get(status);
    return label != null ? label : DEFAULTS.statusLabels.getOrDefault(status, status);
  }

  /**
   * The sentence in the chosen words. All phrases are found in one pass, the longest first where
   * two start at one place, so a replacement is never rewritten by another phrase; a replacement
   * keeps the initial capital of the words it replaces.
   */
  public String apply(String sentence) {
    if (sentence == null || sentence.isEmpty() || phrases.isEmpty()) {
      return sentence;
    }
    Matcher matcher = pattern.matcher(sentence);
    StringBuilder out = new StringBuilder(sentence.length() + 16);
    while (matcher.find()) {
      String found = matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(keepCapital(found, use(found))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The first avoided phrase the text says, if any (for the template check). */
  public Optional<String> avoidedIn(String text) {
    if (text == null || phrases.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(avoidOf(matcher.group())) : Optional.empty();
  }

  private static Pattern pattern(List<Phrase> phrases) {
    String alternatives =
        phrases.stream()
            .map(Phrase::avoid)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private String use(String found) {
    return phrases.stream()
        .filter(phrase -> phrase.avoid().equalsIgnoreCase(found))
        .map(Phrase::use)
        .findFirst()
        .orElse(found);
  }

  private String avoidOf(String found) {
    return phrases.stream()
        .map(Phrase::avoid)
        .filter(avoid -> avoid.equalsIgnoreCase(found))
        .findFirst()
        .orElse(found);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Wording that
        && version == that.version
        && statusLabels.equals(that.statusLabels)
        && phrases.equals(that.phrases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, statusLabels, phrases);
  }

  @Override
  public String toString() {
    return "Wording[version=" + version + ", labels=" + statusLabels + ", phrases=" + phrases + "]";
  }

  private static String keepCapital(String found, String use) {
    if (use.isEmpty() || !Character.isUpperCase(found.charAt(0))) {
      return use;
    }
    return use.substring(0, 1).toUpperCase(Locale.ROOT) + use.substring(1);
  }
}
