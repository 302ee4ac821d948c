package com.creditbridge.gateway.auth.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Route × method → what a caller needs, read from {@link PublicRoutes}, where contract v1's routes
 * are declared once. Deny by default: a path or method not declared there is never forwarded.
 *
 * <p>Templates match whole segments: {@code {x}} one non-empty segment, a final {@code **} any
 * number of further segments (including none). {@code HEAD} is treated as {@code GET}.
 */
public final class ScopePolicy {

  /** The table: every declared public route. */
  public static final List<PublicRoutes.Route> RULES = PublicRoutes.ALL;

  private ScopePolicy() {}

  public static RouteAccess accessFor(String method, String path) {
    String verb = method.toUpperCase(Locale.ROOT);
    String effective = verb.equals("HEAD") ? "GET" : verb;
    List<String> segments = segments(path);
    Set<String> allowed = new LinkedHashSet<>();
    boolean pathKnown = false;
    for (PublicRoutes.Route rule : RULES) {
      if (!matches(segments(rule.template()), segments)) {
        continue;
      }
      pathKnown = true;
      if (rule.methods().isEmpty() || rule.methods().contains(effective)) {
        return rule.access();
      }
      allowed.addAll(rule.methods());
    }
    return pathKnown ? new RouteAccess.MethodNotAllowed(allowed) : new RouteAccess.NoSuchPath();
  }

  /** Whether a declared template matches a request path, segment by segment. */
  public static boolean matches(String template, String path) {
    return matches(segments(template), segments(path));
  }

  private static boolean matches(List<String> template, List<String> path) {
    for (int i = 0; i < template.size(); i++) {
      String expected = template.get(i);
      if (expected.equals("**") && i == template.size() - 1) {
        return true;
      }
      if (i >= path.size()) {
        return false;
      }
      String actual = path.get(i);
      boolean variable = expected.startsWith("{") && expected.endsWith("}");
      if (variable ? actual.isEmpty() : !expected.equals(actual)) {
        return false;
      }
    }
    return template.size() == path.size();
  }

  /** Segments after the leading slash; a trailing slash yields an empty last segment. */
  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    if (!path.startsWith("/")) {
      segments.add(path);
      return segments;
    }
    int start = 1;
    for (int i = 1; i <= path.length(); i++) {
      if (i == path.length() || path.charAt(i) == '/') {
        segments.add(path.substring(start, i));
        start = i + 1;
      }
    }
    return segments;
  }
}
