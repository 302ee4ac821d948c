package com.creditbridge.notification.wording.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The person an API client names as the author of a change or a proposal ({@code {name, email}}): a
 * signed-in person is named by the gateway instead, but a key belongs to a system, and a change
 * people read must say who made it.
 */
public final class NamedPerson {

  public static final int MAX_NAME = 200;
  public static final int MAX_EMAIL = 254;

  // one address: no list separators, spaces or angle brackets that could smuggle a second one
  private static final Pattern EMAIL = Pattern.compile("[^\\s,;<>\"@]+@[^\\s,;<>\"@]+");

  private NamedPerson() {}

  /** The problems, each naming {@code field.name} or {@code field.email}; empty when usable. */
  public static List<WordingCheck.Problem> problems(String field, String name, String email) {
    List<WordingCheck.Problem> problems = new ArrayList<>();
    if (name == null && email == null) {
      problems.add(
          new WordingCheck.Problem(field, "is required for an API key: {name, email} of a person"));
      return problems;
    }
    if (name == null || name.isBlank()) {
      problems.add(new WordingCheck.Problem(field + ".name", "must not be empty"));
    } else if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
      problems.add(
          new WordingCheck.Problem(
              field + ".name",
              "must be at most " + MAX_NAME + " characters without control characters"));
    }
    if (email == null || email.length() > MAX_EMAIL || !EMAIL.matcher(email.strip()).matches()) {
      problems.add(new WordingCheck.Problem(field + ".email", "must be one email address"));
    }
    return problems;
  }
}
