package com.creditbridge.notification.wording.rules;

import com.creditbridge.platform.wording.Wording;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a wording can be used, each problem naming its field: a label for each of the three
 * credit statuses and at most {@value #MAX_PHRASES} phrases, every text one short line, no phrase
 * avoided twice, and no replacement or label that says an avoided phrase (the replacement would be
 * reworded again, or a label would offend as the phrase does).
 */
public final class WordingCheck {

  public static final List<String> STATUSES = List.of("CLEAR", "APPROACHING", "ON_HOLD");
  public static final int MAX_PHRASES = 50;
  public static final int MAX_LABEL = 60;
  public static final int MAX_PHRASE = 100;

  private WordingCheck() {}

  /** A phrase as received; either part may be missing. */
  public record PhraseInput(String avoid, String use) {}

  public record Problem(String field, String message) {}

  public static List<Problem> problems(Map<String, String> labels, List<PhraseInput> phrases) {
    List<Problem> problems = new ArrayList<>();
    labels(labels, problems);
    if (phrases != null && phrases.size() > MAX_PHRASES) {
      problems.add(new Problem("phrases", "must have at most " + MAX_PHRASES + " entries"));
      return problems;
    }
    List<Wording.Phrase> valid = phrases(phrases == null ? List.of() : phrases, problems);
    if (problems.isEmpty()) {
      avoidedInReplacements(labels, valid, problems);
    }
    return problems;
  }

  private static void labels(Map<String, String> labels, List<Problem> problems) {
    if (labels == null) {
      problems.add(new Problem("statusLabels", "is required: {CLEAR, APPROACHING, ON_HOLD}"));
      return;
    }
    for (String key : labels.keySet()) {
      if (!STATUSES.contains(key)) {
        problems.add(
            new Problem(
                "statusLabels." + key, "is not a credit status (CLEAR, APPROACHING, ON_HOLD)"));
      }
    }
    for (String status : STATUSES) {
      text("statusLabels." + status, labels.get(status), MAX_LABEL, true, problems);
    }
  }

  private static List<Wording.Phrase> phrases(List<PhraseInput> phrases, List<Problem> problems) {
    List<Wording.Phrase> valid = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < phrases.size(); i++) {
      PhraseInput phrase = phrases.get(i);
      String field = "phrases[" + i + "]";
      if (phrase == null) {
        problems.add(new Problem(field, "must be {avoid, use}"));
        continue;
      }
      boolean avoidOk = text(field + ".avoid", phrase.avoid(), MAX_PHRASE, true, problems);
      boolean useOk = text(field + ".use", phrase.use(), MAX_PHRASE, false, problems);
      if (avoidOk && !seen.add(phrase.avoid().strip().toLowerCase(Locale.ROOT))) {
        problems.add(new Problem(field + ".avoid", "is avoided twice"));
      } else if (avoidOk && useOk) {
        valid.add(new Wording.Phrase(phrase.avoid(), phrase.use() == null ? "" : phrase.use()));
      }
    }
    return valid;
  }

  private static void avoidedInReplacements(
      Map<String, String> labels, List<Wording.Phrase> phrases, List<Problem> problems) {
    Wording wording = new Wording(0, Map.of(), phrases);
    for (int i = 0; i < phrases.size(); i++) {
      int index = i;
      wording
          .avoidedIn(phrases.get(i).use())
          .ifPresent(
              avoided ->
                  problems.add(
                      new Problem(
                          "phrases[" + index + "].use",
                          "says \"" + avoided + "\", which is itself avoided")));
    }
    for (String status : STATUSES) {
      wording
          .avoidedIn(labels.get(status))
          .ifPresent(
              avoided ->
                  problems.add(
                      new Problem(
                          "statusLabels." + status,
                          "says \"" + avoided + "\", which the phrases avoid")));
    }
  }

  /** True when the text is usable: within the bound, one line, and not blank when required. */
  private static boolean text(
      String field, String value, int max, boolean required, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new Problem(field, "must not be empty"));
        return false;
      }
      return true;
    }
    if (value.length() > max) {
      problems.add(new Problem(field, "must be at most " + max + " characters"));
      return false;
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
      problems.add(new Problem(field, "must be one line without control characters"));
      return false;
    }
    return true;
  }
}
