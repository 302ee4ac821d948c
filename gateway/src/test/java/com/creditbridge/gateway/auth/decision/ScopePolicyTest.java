package com.creditbridge.gateway.auth.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScopePolicyTest {

  static Stream<Arguments> contractScopes() {
    return Stream.of(
        Arguments.of("POST", "/api/v1/ledger-events", Scope.LEDGER_WRITE),
        Arguments.of("GET", "/api/v1/accounts", Scope.LEDGER_READ),
        Arguments.of("GET", "/api/v1/accounts/acme", Scope.LEDGER_READ),
        Arguments.of("GET", "/api/v1/accounts/acme/invoices", Scope.LEDGER_READ),
        Arguments.of("GET", "/api/v1/accounts/acme/orders", Scope.LEDGER_READ),
        Arguments.of("HEAD", "/api/v1/accounts/acme/invoices", Scope.LEDGER_READ),
        Arguments.of("GET", "/api/v1/accounts/acme/credit-status", Scope.CREDIT_READ),
        Arguments.of("GET", "/api/v1/credit-status", Scope.CREDIT_READ),
        Arguments.of("GET", "/api/v1/accounts/acme/timeline", Scope.CREDIT_READ),
        Arguments.of("POST", "/api/v1/accounts/acme/holds", Scope.CREDIT_WRITE),
        Arguments.of("DELETE", "/api/v1/accounts/acme/holds", Scope.CREDIT_WRITE),
        Arguments.of("POST", "/api/v1/accounts/acme/overrides", Scope.CREDIT_WRITE),
        Arguments.of("DELETE", "/api/v1/accounts/acme/overrides", Scope.CREDIT_WRITE),
        Arguments.of("POST", "/api/v1/accounts/acme/promises", Scope.CREDIT_WRITE),
        Arguments.of("POST", "/api/v1/accounts/acme/notes", Scope.CREDIT_WRITE),
        Arguments.of("POST", "/api/v1/accounts/acme/review-requests", Scope.SALES_WRITE),
        Arguments.of("GET", "/api/v1/review-requests", Scope.CREDIT_READ),
        Arguments.of("GET", "/api/v1/policy", Scope.POLICY_ADMIN),
        Arguments.of("PUT", "/api/v1/policy", Scope.POLICY_ADMIN),
        Arguments.of("POST", "/api/v1/policy/simulate", Scope.POLICY_ADMIN),
        Arguments.of("POST", "/api/v1/credit-checks", Scope.CREDIT_CHECK),
        Arguments.of("GET", "/api/v1/credit-checks", Scope.CREDIT_READ),
        Arguments.of("GET", "/api/v1/credit-groups/acme-holding", Scope.CREDIT_READ),
        Arguments.of("POST", "/api/v1/webhook-endpoints", Scope.WEBHOOKS_MANAGE),
        Arguments.of("PATCH", "/api/v1/webhook-endpoints/wh_1", Scope.WEBHOOKS_MANAGE),
        Arguments.of("POST", "/api/v1/webhook-endpoints/wh_1/replay", Scope.WEBHOOKS_MANAGE),
        Arguments.of("GET", "/api/v1/notifications", Scope.NOTIFICATIONS_READ),
        Arguments.of("GET", "/api/v1/templates", Scope.NOTIFICATIONS_READ),
        Arguments.of("GET", "/api/v1/templates/credit.hold.placed", Scope.NOTIFICATIONS_READ),
        Arguments.of(
            "POST", "/api/v1/templates/credit.hold.placed/preview", Scope.NOTIFICATIONS_READ),
        Arguments.of("PUT", "/api/v1/templates/credit.hold.placed", Scope.POLICY_ADMIN),
        Arguments.of("POST", "/api/v1/api-keys", Scope.ADMIN),
        Arguments.of("GET", "/api/v1/api-keys", Scope.ADMIN),
        Arguments.of("DELETE", "/api/v1/api-keys/key_1", Scope.ADMIN));
  }

  @ParameterizedTest(name = "{0} {1} needs {2}")
  @MethodSource("contractScopes")
  void requiresTheScopeTheContractAssigns(String method, String path, Scope scope) {
    assertThat(ScopePolicy.accessFor(method, path)).isEqualTo(new RouteAccess.Requires(scope));
  }

  @org.junit.jupiter.api.Test
  void letsCreditOrTheSalesManagerDecideAReviewRequest() {
    assertThat(ScopePolicy.accessFor("POST", "/api/v1/review-requests/r-1/decisions"))
        .isEqualTo(
            new RouteAccess.RequiresAnyOf(
                java.util.List.of(Scope.CREDIT_WRITE, Scope.SALES_WRITE)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"GET /api/v1/escalations/acknowledge", "POST /api/v1/escalations/acknowledge"})
  void leavesTheAcknowledgementLinkPublicButLimitedPerClient(String request) {
    String[] parts = request.split(" ");
    assertThat(ScopePolicy.accessFor(parts[0], parts[1])).isEqualTo(new RouteAccess.Public(true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/openapi.json",
        "/api/v1/docs",
        "/api/v1/docs/swagger-ui.css",
        "/actuator/health",
        "/actuator/health/liveness"
      })
  void leavesDocumentationAndHealthPublic(String path) {
    assertThat(ScopePolicy.accessFor("GET", path)).isEqualTo(new RouteAccess.Public(false));
  }

  @org.junit.jupiter.api.Test
  void servesTheGatewaysOwnMetricsOnlyToPeersInside() {
    assertThat(ScopePolicy.accessFor("GET", "/actuator/prometheus"))
        .isEqualTo(new RouteAccess.FromInsideOnly());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/api/v1",
        "/api/v1/accounts/",
        "/api/v1//accounts",
        "//api/v1/accounts",
        "/api/v1/accounts/acme/unknown",
        "/api/v1/accounts/acme/overrides/ovr-1",
        "/api/v1/accounts//invoices",
        "/api/v1/credit-groups",
        "/api/v1/credit-checks/chk-1",
        "/actuator/env",
        "/actuator",
        "/api/v2/accounts",
        "/API/v1/accounts",
        "api/v1/accounts"
      })
  void knowsNoOtherPath(String path) {
    assertThat(ScopePolicy.accessFor("GET", path)).isEqualTo(new RouteAccess.NoSuchPath());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /api/v1/accounts/acme/holds",
        "DELETE /api/v1/accounts",
        "POST /api/v1/policy",
        "PATCH /api/v1/policy",
        "DELETE /api/v1/credit-checks",
        "PUT /api/v1/credit-groups/acme-holding",
        "DELETE /api/v1/escalations/acknowledge",
        "POST /api/v1/openapi.json",
        "TRACE /api/v1/ledger-events",
        "OPTIONS /api/v1/ledger-events"
      })
  void refusesAMethodTheContractDoesNotList(String request) {
    String[] parts = request.split(" ");
    assertThat(ScopePolicy.accessFor(parts[0], parts[1]))
        .isInstanceOf(RouteAccess.MethodNotAllowed.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"get", "Post"})
  void readsMethodsInAnyCase(String method) {
    assertThat(ScopePolicy.accessFor(method, "/api/v1/accounts/acme/holds"))
        .isNotInstanceOf(RouteAccess.NoSuchPath.class);
  }
}
