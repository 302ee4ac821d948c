package com.creditbridge.gateway.auth.decision;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every public route of contract v1, declared once: method, path, the service that owns it, and
 * what a caller needs. The scope policy ({@link ScopePolicy}) and the gateway's route table read
 * it, and a test holds it against the published OpenAPI document, so a new route is one line here
 * (and its operation in the service's OpenAPI file).
 *
 * <p>Templates match whole segments: {@code {x}} one non-empty segment, a final {@code **} any
 * number of further segments (including none), which declares a family of routes that the owning
 * service tells apart itself. The order matters only among overlapping templates: the first that
 * matches a path and method wins.
 */
public final class PublicRoutes {

  /** Who answers a route: one of the services behind the gateway, or the gateway itself. */
  public enum Owner {
    ACCOUNT,
    HOLD,
    NOTIFICATION,
    GATEWAY;

    /** "account", "hold", "notification" or "gateway". */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One declared route; {@code methods} empty means every method. */
  public record Route(Set<String> methods, String template, Owner owner, RouteAccess access) {}

  private static final RouteAccess PUBLIC = new RouteAccess.Public(false);
  private static final RouteAccess PUBLIC_PER_CLIENT = new RouteAccess.Public(true);

  public static final List<Route> ALL =
      List.of(
          // account-service
          route("POST", "/api/v1/ledger-events", Owner.ACCOUNT, Scope.LEDGER_WRITE),
          route("GET", "/api/v1/accounts", Owner.ACCOUNT, Scope.LEDGER_READ),
          route("GET", "/api/v1/accounts/{id}", Owner.ACCOUNT, Scope.LEDGER_READ),
          route("GET", "/api/v1/accounts/{id}/invoices", Owner.ACCOUNT, Scope.LEDGER_READ),
          route("GET", "/api/v1/accounts/{id}/orders", Owner.ACCOUNT, Scope.LEDGER_READ),
          // hold-service
          route("GET", "/api/v1/accounts/{id}/credit-status", Owner.HOLD, Scope.CREDIT_READ),
          route("GET", "/api/v1/credit-status", Owner.HOLD, Scope.CREDIT_READ),
          route("GET", "/api/v1/accounts/{id}/timeline", Owner.HOLD, Scope.CREDIT_READ),
          route("POST", "/api/v1/accounts/{id}/holds", Owner.HOLD, Scope.CREDIT_WRITE),
          route("DELETE", "/api/v1/accounts/{id}/holds", Owner.HOLD, Scope.CREDIT_WRITE),
          route("POST", "/api/v1/accounts/{id}/overrides", Owner.HOLD, Scope.CREDIT_WRITE),
          route("DELETE", "/api/v1/accounts/{id}/overrides", Owner.HOLD, Scope.CREDIT_WRITE),
          route("POST", "/api/v1/accounts/{id}/promises", Owner.HOLD, Scope.CREDIT_WRITE),
          route("POST", "/api/v1/accounts/{id}/notes", Owner.HOLD, Scope.CREDIT_WRITE),
          // review requests: sales asks (through its CRM); credit or the account's sales manager
          // decides, which of the two the hold-service tells from the key's scopes
          route("POST", "/api/v1/accounts/{id}/review-requests", Owner.HOLD, Scope.SALES_WRITE),
          route("GET", "/api/v1/review-requests", Owner.HOLD, Scope.CREDIT_READ),
          route("GET", "/api/v1/review-requests/{id}", Owner.HOLD, Scope.CREDIT_READ),
          new Route(
              Set.of("POST"),
              "/api/v1/review-requests/{id}/decisions",
              Owner.HOLD,
              new RouteAccess.RequiresAnyOf(List.of(Scope.CREDIT_WRITE, Scope.SALES_WRITE))),
          route("GET", "/api/v1/policy", Owner.HOLD, Scope.POLICY_ADMIN),
          route("PUT", "/api/v1/policy", Owner.HOLD, Scope.POLICY_ADMIN),
          route("POST", "/api/v1/policy/simulate", Owner.HOLD, Scope.POLICY_ADMIN),
          route("POST", "/api/v1/credit-checks", Owner.HOLD, Scope.CREDIT_CHECK),
          route("GET", "/api/v1/credit-checks", Owner.HOLD, Scope.CREDIT_READ),
          route("GET", "/api/v1/credit-groups/{id}", Owner.HOLD, Scope.CREDIT_READ),
          // notification-service
          new Route(
              Set.of(),
              "/api/v1/webhook-endpoints/**",
              Owner.NOTIFICATION,
              new RouteAccess.Requires(Scope.WEBHOOKS_MANAGE)),
          route("GET", "/api/v1/notifications", Owner.NOTIFICATION, Scope.NOTIFICATIONS_READ),
          route("GET", "/api/v1/templates", Owner.NOTIFICATION, Scope.NOTIFICATIONS_READ),
          route(
              "GET", "/api/v1/templates/{eventType}", Owner.NOTIFICATION, Scope.NOTIFICATIONS_READ),
          route(
              "POST",
              "/api/v1/templates/{eventType}/preview",
              Owner.NOTIFICATION,
              Scope.NOTIFICATIONS_READ),
          route("PUT", "/api/v1/templates/{eventType}", Owner.NOTIFICATION, Scope.POLICY_ADMIN),
          route("DELETE", "/api/v1/templates/{eventType}", Owner.NOTIFICATION, Scope.POLICY_ADMIN),
          route(
              "GET",
              "/api/v1/templates/{eventType}/versions",
              Owner.NOTIFICATION,
              Scope.NOTIFICATIONS_READ),
          route(
              "POST",
              "/api/v1/templates/{eventType}/versions/{version}/restore",
              Owner.NOTIFICATION,
              Scope.POLICY_ADMIN),
          // sales proposes the words of a template, a credit manager decides (contract.md)
          route(
              "POST",
              "/api/v1/templates/{eventType}/proposals",
              Owner.NOTIFICATION,
              Scope.SALES_WRITE),
          route(
              "GET",
              "/api/v1/templates/{eventType}/proposals",
              Owner.NOTIFICATION,
              Scope.NOTIFICATIONS_READ),
          route(
              "POST",
              "/api/v1/templates/{eventType}/proposals/{id}/accept",
              Owner.NOTIFICATION,
              Scope.POLICY_ADMIN),
          route(
              "POST",
              "/api/v1/templates/{eventType}/proposals/{id}/decline",
              Owner.NOTIFICATION,
              Scope.POLICY_ADMIN),
          route("GET", "/api/v1/wording", Owner.NOTIFICATION, Scope.POLICY_ADMIN),
          route("PUT", "/api/v1/wording", Owner.NOTIFICATION, Scope.POLICY_ADMIN),
          route("GET", "/api/v1/working-agreement", Owner.NOTIFICATION, Scope.POLICY_ADMIN),
          route("PUT", "/api/v1/working-agreement", Owner.NOTIFICATION, Scope.POLICY_ADMIN),
          route("GET", "/api/v1/people", Owner.NOTIFICATION, Scope.CREDIT_READ),
          route("POST", "/api/v1/digests/preview", Owner.NOTIFICATION, Scope.NOTIFICATIONS_READ),
          route("POST", "/api/v1/digests/send", Owner.NOTIFICATION, Scope.POLICY_ADMIN),
          route("GET", "/api/v1/feedback", Owner.NOTIFICATION, Scope.CREDIT_READ),
          route("GET", "/api/v1/data-gaps", Owner.NOTIFICATION, Scope.CREDIT_READ),
          route("GET", "/api/v1/meeting-pack", Owner.NOTIFICATION, Scope.CREDIT_READ),
          // the token in the link is the credential; limited per client address instead
          new Route(
              Set.of("GET", "POST"),
              "/api/v1/feedback/answer",
              Owner.NOTIFICATION,
              PUBLIC_PER_CLIENT),
          new Route(
              Set.of("GET"),
              "/api/v1/escalations/acknowledge",
              Owner.NOTIFICATION,
              PUBLIC_PER_CLIENT),
          new Route(
              Set.of("POST"),
              "/api/v1/escalations/acknowledge",
              Owner.NOTIFICATION,
              PUBLIC_PER_CLIENT),
          // the gateway itself
          route("POST", "/api/v1/api-keys", Owner.GATEWAY, Scope.ADMIN),
          route("GET", "/api/v1/api-keys", Owner.GATEWAY, Scope.ADMIN),
          route("DELETE", "/api/v1/api-keys/{id}", Owner.GATEWAY, Scope.ADMIN),
          route("GET", "/api/v1/members", Owner.GATEWAY, Scope.ADMIN),
          route("PUT", "/api/v1/members/{email}", Owner.GATEWAY, Scope.ADMIN),
          route("DELETE", "/api/v1/members/{email}", Owner.GATEWAY, Scope.ADMIN),
          // the workspace: asking for a sign-in link is limited per client address; every other
          // page needs a session, which the workspace's own filter checks
          new Route(Set.of("POST"), "/app/sign-in", Owner.GATEWAY, PUBLIC_PER_CLIENT),
          new Route(Set.of("GET", "POST"), "/app/**", Owner.GATEWAY, PUBLIC),
          new Route(Set.of("GET"), "/api/v1/openapi.json", Owner.GATEWAY, PUBLIC),
          new Route(Set.of("GET"), "/api/v1/docs/**", Owner.GATEWAY, PUBLIC),
          new Route(Set.of("GET"), "/actuator/health/**", Owner.GATEWAY, PUBLIC),
          new Route(
              Set.of("GET"),
              "/actuator/prometheus",
              Owner.GATEWAY,
              new RouteAccess.FromInsideOnly()));

  private PublicRoutes() {}

  /** The distinct templates a service owns, in declaration order: what the gateway forwards. */
  public static List<String> templatesOf(Owner owner) {
    return ALL.stream()
        .filter(route -> route.owner() == owner)
        .map(Route::template)
        .distinct()
        .toList();
  }

  private static Route route(String method, String template, Owner owner, Scope scope) {
    return new Route(Set.of(method), template, owner, new RouteAccess.Requires(scope));
  }
}
