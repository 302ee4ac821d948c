package com.creditbridge.platform.access;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headers the gateway sends a service on behalf of a signed-in person, and how a service reads
 * them. They are trusted only on requests that passed the internal credential check; the gateway
 * strips any a client sent. No person header means an API client.
 */
public final class PersonHeaders {

  /** The person's email, lower-case. */
  public static final String EMAIL = "X-CreditBridge-Person";

  /**
   * Comma-separated member roles ({@code credit-manager}, {@code credit-analyst}); may be absent.
   */
  public static final String ROLES = "X-CreditBridge-Person-Roles";

  /** The display name, URL-encoded UTF-8 (headers are ASCII); may be absent. */
  public static final String NAME = "X-CreditBridge-Person-Name";

  public static final List<String> ALL = List.of(EMAIL, ROLES, NAME);

  static final int MAX_EMAIL = 254;
  static final int MAX_NAME = 200;

  // one address: no list separators, spaces or angle brackets that could smuggle a second one
  private static final Pattern EMAIL_SHAPE = Pattern.compile("[^\\s,;<>\"@]+@[^\\s,;<>\"@]+");

  private PersonHeaders() {}

  /**
   * The viewer the headers describe.
   *
   * @param emails every value of {@link #EMAIL} (each header line one value)
   * @throws InvalidPersonHeaders when the headers are not exactly what the gateway sends: a person
   *     is never widened to an API client, nor one person read as another
   */
  public static Viewer read(List<String> emails, List<String> roles, List<String> names) {
    if (emails.isEmpty()) {
      if (!roles.isEmpty() || !names.isEmpty()) {
        throw new InvalidPersonHeaders(EMAIL, "is required with " + ROLES + " or " + NAME);
      }
      return Viewer.API_CLIENT;
    }
    String email = single(EMAIL, emails).trim();
    if (email.length() > MAX_EMAIL || !EMAIL_SHAPE.matcher(email).matches()) {
      throw new InvalidPersonHeaders(EMAIL, "must be one email address");
    }
    return new Viewer.Person(email, name(names), roles(roles));
  }

  /** The value of {@link #NAME} for a display name, as the gateway sends it. */
  public static String encodeName(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  private static Set<MemberRole> roles(List<String> values) {
    Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);
    if (values.isEmpty()) {
      return roles;
    }
    for (String role : single(ROLES, values).split(",")) {
      MemberRole.of(role.trim().toLowerCase(Locale.ROOT)).ifPresent(roles::add);
    }
    return roles;
  }

  private static String name(List<String> values) {
    if (values.isEmpty()) {
      return null;
    }
    String name;
    try {
      name = URLDecoder.decode(single(NAME, values), StandardCharsets.UTF_8).strip();
    } catch (IllegalArgumentException e) {
      throw new InvalidPersonHeaders(NAME, "must be URL-encoded UTF-8");
    }
    if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidPersonHeaders(
          NAME, "must be at most " + MAX_NAME + " characters without control characters");
    }
    return name.isEmpty() ? null : name;
  }

  private static String single(String header, List<String> values) {
    if (values.size() != 1) {
      throw new InvalidPersonHeaders(header, "must be sent once");
    }
    return values.get(0);
  }
}
