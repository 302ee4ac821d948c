package com.creditbridge.gateway.auth.decision;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The credentials of an {@code Authorization: Bearer <token>} header (RFC 6750 section 2.1). */
public final class BearerToken {

  /** b64token; API keys are always made of these characters. */
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

  // The scheme name is case-insensitive (RFC 9110 section 11.1).
  private static final Pattern CREDENTIALS =
      Pattern.compile("(?i:bearer) +(" + TOKEN.pattern() + ")");

  private BearerToken() {}

  /** The token, or empty when the header is not a well-formed bearer credential. */
  public static Optional<String> from(String authorizationHeader) {
    Matcher matcher = CREDENTIALS.matcher(authorizationHeader.strip());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  public static boolean isWellFormed(String token) {
    return TOKEN.matcher(token).matches();
  }
}
