package com.creditbridge.platform.access;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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

  /**
   * On a call with an API key: the scopes the key holds, comma-separated wire names ({@code
   * credit:write,sales:write}). The gateway sends it on every keyed call (and strips a client's),
   * so a route open to several scopes can tell which one the caller came with.
   */
  public static final String KEY_SCOPES = "X-CreditBridge-Key-Scopes";

  public static final List<String> ALL = List.of(EMAIL, ROLES, NAME, KEY_SCOPES);

  static final int MAX_EMAIL = 254;
  static final int MAX_NAME = 200;
  static final int MAX_SCOPES = 32;

  private static final Pattern SCOPE_SHAPE = Pattern.compile("[a-z]{1,32}(:[a-z]{1,32})?");

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
    return read(emails, roles, names, List.of());
  }

  /**
   * The viewer the headers describe, an API client with the scopes {@link #KEY_SCOPES} names.
   *
   * @param keyScopes every value of {@link #KEY_SCOPES}; only without a person
   * @throws InvalidPersonHeaders as {@link #read(List, List, List)}, and when key scopes come with
   *     a person (the workspace never sends both) or are not a list of scope names
   */
  public static Viewer read(
      List<String> emails, List<String> roles, List<String> names, List<String> keyScopes) {
    if (emails.isEmpty()) {
      if (!roles.isEmpty() || !names.isEmpty()) {
        throw new InvalidPersonHeaders(EMAIL, "is required with " + ROLES + " or " + NAME);
      }
      return keyScopes.isEmpty() ? Viewer.API_CLIENT : new Viewer.ApiClient(scopes(keyScopes));
    }
    if (!keyScopes.isEmpty()) {
      throw new InvalidPersonHeaders(KEY_SCOPES, "must not come with " + EMAIL);
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

  private static Set<String> scopes(List<String> values) {
    String[] names = single(KEY_SCOPES, values).split(",", -1);
    if (names.length > MAX_SCOPES) {
      throw new InvalidPersonHeaders(KEY_SCOPES, "must name at most " + MAX_SCOPES + " scopes");
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (String name : names) {
      String scope = name.trim();
      if (!SCOPE_SHAPE.matcher(scope).matches()) {
        throw new InvalidPersonHeaders(KEY_SCOPES, "must be comma-separated scope names");
      }
      scopes.add(scope);
    }
    return scopes;
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
