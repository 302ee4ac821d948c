package com.creditbridge.notification.agreement.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounds of a working agreement: at most {@value #MAX_SECTIONS} sections, each with a title of
 * 1–{@value #MAX_TITLE} characters and a text of 1–{@value #MAX_TEXT} characters. It is emailed to
 * every new sales rep, so it must stay readable and small.
 */
public final class AgreementCheck {

  public static final int MAX_SECTIONS = 20;
  public static final int MAX_TITLE = 120;
  public static final int MAX_TEXT = 4_000;

  /** One titled section as received (either part may be missing). */
  public record Section(String title, String text) {}

  /** A field (e.g. {@code sections[2].title}) and what is wrong with it. */
  public record Problem(String field, String message) {}

  private AgreementCheck() {}

  /** Everything wrong with the sections; empty when they can be stored. */
  public static List<Problem> problems(List<Section> sections) {
    List<Problem> problems = new ArrayList<>();
    if (sections == null) {
      problems.add(new Problem("sections", "is required"));
      return problems;
    }
    if (sections.size() > MAX_SECTIONS) {
      problems.add(new Problem("sections", "must have at most " + MAX_SECTIONS + " sections"));
      return problems;
    }
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String at = "sections[" + i + "]";
      if (section == null) {
        problems.add(new Problem(at, "must be an object {title, text}"));
        continue;
      }
      bounded(problems, at + ".title", section.title(), MAX_TITLE);
      bounded(problems, at + ".text", section.text(), MAX_TEXT);
    }
    return problems;
  }

  /** True when every problem is only a size beyond the bounds (a 400 rather than a 422). */
  public static boolean onlyTooLong(List<Problem> problems) {
    return problems.stream().allMatch(p -> p.message().contains(" at most "));
  }

  private static void bounded(List<Problem> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new Problem(field, "must not be empty"));
    } else if (value.length() > max) {
      problems.add(new Problem(field, "must be at most " + max + " characters"));
    } else if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      problems.add(new Problem(field, "must not contain control characters"));
    }
  }
}
