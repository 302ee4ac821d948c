package com.creditbridge.contracts;

import java.util.regex.Pattern;

/** The contract's rule for every id ({@code accountId}, {@code invoiceId}, {@code eventId} ...). */
public final class Identifiers {

  /** What a client is told when an id breaks the rule. */
  public static final String RULE =
      "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private Identifiers() {}

  public static boolean isValid(String id) {
    return id != null && ID.matcher(id).matches();
  }
}
