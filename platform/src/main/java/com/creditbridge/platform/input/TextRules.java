package com.creditbridge.platform.input;

import java.util.Optional;
import java.util.Set;

/**
 * What text the API takes, in one place: no NUL or other control characters anywhere (PostgreSQL
 * cannot store NUL, and the others only hide text from people reading logs and e-mails), no broken
 * UTF-16 (a lone surrogate cannot be stored as UTF-8), and line breaks or tabs only in the fields
 * that hold several lines of prose.
 */
public final class TextRules {

  /**
   * The JSON fields that are several lines of prose: the notes and reasons people write, and the
   * bodies of e-mail templates. Every other text field (names, ids, URLs, who fields) is a single
   * line. An e-mail template's {@code subject} is let through here because the template check
   * refuses a line break in it with 422 naming the field, as contract.md asks of every template
   * problem (and a subject read from its file ends with one line break, which it allows).
   */
  public static final Set<String> MULTI_LINE_FIELDS =
      Set.of("reason", "note", "text", "html", "subject");

  public static final String CONTROL_CHARACTER = "must not contain control characters";
  public static final String SINGLE_LINE = "must be a single line, without line breaks or tabs";
  public static final String BROKEN_UNICODE = "must be valid Unicode text";

  private TextRules() {}

  /** Whether {@code field} (the last name of its JSON path) may hold line breaks. */
  public static boolean isMultiLine(String field) {
    return field != null && MULTI_LINE_FIELDS.contains(field);
  }

  /** Why {@code value} cannot be the text of {@code field}; empty when it can. */
  public static Optional<String> problem(String field, String value) {
    return problem(value, isMultiLine(field));
  }

  /** As {@link #problem(String, String)}, for a value whose kind of field is known. */
  public static Optional<String> problem(String value, boolean multiLine) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        if (!multiLine) {
          return Optional.of(SINGLE_LINE);
        }
      } else if (Character.isISOControl(c)) {
        return Optional.of(CONTROL_CHARACTER);
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return Optional.of(BROKEN_UNICODE);
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return Optional.of(BROKEN_UNICODE);
      }
    }
    return Optional.empty();
  }
}
