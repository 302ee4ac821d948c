package com.creditbridge.platform.access;

import java.util.Locale;

/**
 * The people an account names, by email (any may be null): who, besides the members, may see it.
 * Emails are kept lower-case so that matching is case-insensitive.
 */
public record AccountPeople(
    String salesRepEmail, String creditAnalystEmail, String salesManagerEmail) {

  public AccountPeople {
    salesRepEmail = normal(salesRepEmail);
    creditAnalystEmail = normal(creditAnalystEmail);
    salesManagerEmail = normal(salesManagerEmail);
  }

  /** The form stored in the services' owner email columns and compared with a person's email. */
  public static String normal(String email) {
    return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  boolean names(String email) {
    return email.equals(salesRepEmail)
        || email.equals(creditAnalystEmail)
        || email.equals(salesManagerEmail);
  }
}
