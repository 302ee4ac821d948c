package com.creditbridge.gateway.people.decision;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's email address as CreditBridge matches it: trimmed and lower-case, because the contract
 * matches people by email case-insensitively. Deliberately strict about what it accepts (one
 * {@code @}, no spaces, no control characters, at most 254 characters) and lenient about nothing
 * else: it is an identity, not a mailbox to be validated in full.
 */
public record EmailAddress(String value) {

  public static final int MAX_LENGTH = 254;
  public static final String RULE = "must be an email address such as rita@example.com";

  private static final Pattern SHAPE =
      Pattern.compile(
          "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");

  public EmailAddress {
    if (!isValid(value)) {
      throw new IllegalArgumentException(RULE);
    }
  }

  /** The normalised address, or empty when the text is not one. */
  public static Optional<EmailAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalised = text.strip().toLowerCase(Locale.ROOT);
    return isValid(normalised) ? Optional.of(new EmailAddress(normalised)) : Optional.empty();
  }

  private static boolean isValid(String value) {
    return value != null
        && value.length() <= MAX_LENGTH
        && value.equals(value.toLowerCase(Locale.ROOT))
        && SHAPE.matcher(value).matches()
        && !value.contains("..");
  }

  @Override
  public String toString() {
    return value;
  }
}
