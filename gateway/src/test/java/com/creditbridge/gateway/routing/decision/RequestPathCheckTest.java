package com.creditbridge.gateway.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/accounts/ACME-01/credit-status",
        "/api/v1/accounts/acme.de:42_x~y/invoices",
        "/api/v1/templates/credit.hold.placed/preview",
        "/api/v1/accounts/a%20b",
        "/api/v1/accounts/caf%C3%A9",
        "/api/v1/accounts/a+b",
        "/api/v1/accounts/...",
        "/api/v1/accounts/.hidden",
        "/actuator/health",
        "/"
      })
  void acceptsOrdinaryPaths(String path) {
    assertThat(RequestPathCheck.rejectionOf(path)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/../actuator/health",
        "/api/v1/./accounts",
        "/api/v1/accounts/..",
        "/api/v1/%2e%2e/actuator",
        "/api/v1/%2E%2e/actuator",
        "/api/v1/.%2e/actuator",
        "/api/v1/accounts/a%2f..%2factuator",
        "/api/v1/accounts/a%2Factuator",
        "/api/v1/accounts/a%5cactuator",
        "/api/v1/accounts/a\\actuator",
        "/api/v1/policy/..;/actuator",
        "/api;x=1/v1/accounts",
        "/api/v1/accounts/a%3bx",
        "/api/v1/accounts/%252e%252e",
        "/api/v1/accounts/a%00",
        "/api/v1/accounts/a%0d%0aX-Injected:%201",
        "/api/v1/accounts/a%",
        "/api/v1/accounts/a%zz",
        "/api/v1/accounts/a%2"
      })
  void rejectsPathsABackendCouldResolveElsewhere(String path) {
    assertThat(RequestPathCheck.rejectionOf(path)).isPresent();
  }
}
