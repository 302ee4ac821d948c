package com.creditbridge.gateway.auth.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Route × method → scope, exactly as contract v1 assigns them, in one table. Deny by default: a
 * path or method not listed here is never forwarded.
 *
 * <p>Templates match whole segments: {@code {x}} one non-empty segment, a final {@code **} any
 * number of further segments (including none). {@code HEAD} is treated as {@code GET}.
 */
public final class ScopePolicy {

  /** One row of the table; {@code methods} empty means every method. */
  public record Rule(Set<String> methods, String template, RouteAccess access) {}

  private static final RouteAccess PUBLIC = new RouteAccess.Public(false);
  private static final RouteAccess PUBLIC_PER_CLIENT = new RouteAccess.Public(true);

  public static final List<Rule> RULES =
      List.of(
          // account-service
          rule("POST", "/api/v1/ledger-events", Scope.LEDGER_WRITE),
          rule("GET", "/api/v1/accounts", Scope.LEDGER_READ),
          rule("GET", "/api/v1/accounts/{id}", Scope.LEDGER_READ),
          rule("GET", "/api/v1/accounts/{id}/invoices", Scope.LEDGER_READ),
          // hold-service
          rule("GET", "/api/v1/accounts/{id}/credit-status", Scope.CREDIT_READ),
          rule("GET", "/api/v1/credit-status", Scope.CREDIT_READ),
          rule("GET", "/api/v1/accounts/{id}/timeline", Scope.CREDIT_READ),
          rule("POST", "/api/v1/accounts/{id}/holds", Scope.CREDIT_WRITE),
          rule("DELETE", "/api/v1/accounts/{id}/holds", Scope.CREDIT_WRITE),
          rule("POST", "/api/v1/accounts/{id}/overrides", Scope.CREDIT_WRITE),
          rule("DELETE", "/api/v1/accounts/{id}/overrides", Scope.CREDIT_WRITE),
          rule("POST", "/api/v1/accounts/{id}/promises", Scope.CREDIT_WRITE),
          rule("POST", "/api/v1/accounts/{id}/notes", Scope.CREDIT_WRITE),
          rule("GET", "/api/v1/policy", Scope.POLICY_ADMIN),
          rule("PUT", "/api/v1/policy", Scope.POLICY_ADMIN),
          rule("POST", "/api/v1/policy/simulate", Scope.POLICY_ADMIN),
          // notification-service
          new Rule(
              Set.of(),
              "/api/v1/webhook-endpoints/**",
              new RouteAccess.Requires(Scope.WEBHOOKS_MANAGE)),
          rule("GET", "/api/v1/notifications", Scope.NOTIFICATIONS_READ),
          rule("GET", "/api/v1/templates", Scope.NOTIFICATIONS_READ),
          rule("GET", "/api/v1/templates/{eventType}", Scope.NOTIFICATIONS_READ),
          rule("POST", "/api/v1/templates/{eventType}/preview", Scope.NOTIFICATIONS_READ),
          rule("PUT", "/api/v1/templates/{eventType}", Scope.POLICY_ADMIN),
          rule("DELETE", "/api/v1/templates/{eventType}", Scope.POLICY_ADMIN),
          // the token in the link is the credential; limited per client address instead
          new Rule(Set.of("GET"), "/api/v1/escalations/acknowledge", PUBLIC_PER_CLIENT),
          new Rule(Set.of("POST"), "/api/v1/escalations/acknowledge", PUBLIC_PER_CLIENT),
          // the gateway itself
          rule("POST", "/api/v1/api-keys", Scope.ADMIN),
          rule("GET", "/api/v1/api-keys", Scope.ADMIN),
          rule("DELETE", "/api/v1/api-keys/{id}", Scope.ADMIN),
          rule("GET", "/api/v1/members", Scope.ADMIN),
          rule("PUT", "/api/v1/members/{email}", Scope.ADMIN),
          rule("DELETE", "/api/v1/members/{email}", Scope.ADMIN),
          // the workspace: asking for a sign-in link is limited per client address; every other
          // page needs a session, which the workspace's own filter checks
          new Rule(Set.of("POST"), "/app/sign-in", PUBLIC_PER_CLIENT),
          new Rule(Set.of("GET", "POST"), "/app/**", PUBLIC),
          new Rule(Set.of("GET"), "/api/v1/openapi.json", PUBLIC),
          new Rule(Set.of("GET"), "/api/v1/docs/**", PUBLIC),
          new Rule(Set.of("GET"), "/actuator/health/**", PUBLIC),
          new Rule(Set.of("GET"), "/actuator/prometheus", new RouteAccess.FromInsideOnly()));

  private ScopePolicy() {}

  public static RouteAccess accessFor(String method, String path) {
    String verb = method.toUpperCase(Locale.ROOT);
    String effective = verb.equals("HEAD") ? "GET" : verb;
    List<String> segments = segments(path);
    Set<String> allowed = new LinkedHashSet<>();
    boolean pathKnown = false;
    for (Rule rule : RULES) {
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

  private static Rule rule(String method, String template, Scope scope) {
    return new Rule(Set.of(method), template, new RouteAccess.Requires(scope));
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
