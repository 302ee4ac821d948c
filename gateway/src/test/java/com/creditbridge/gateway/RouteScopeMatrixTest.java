package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.gateway.auth.decision.PublicRoutes;
import com.creditbridge.gateway.auth.decision.RouteAccess;
import com.creditbridge.gateway.auth.decision.Scope;
import com.creditbridge.platform.access.PersonHeaders;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@link PublicRoutes} × {no key, unknown key, revoked key, key without the scope, key
 * with the scope}, through the running gateway to real HTTP servers standing in for the services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteScopeMatrixTest extends GatewayIntegrationTest {

  enum Caller {
    NO_KEY,
    UNKNOWN_KEY,
    REVOKED_KEY,
    KEY_WITHOUT_SCOPE,
    KEY_WITH_SCOPE
  }

  /**
   * Services own every path but the gateway's own ones. {@code scope} is the one a key "with the
   * scope" holds: for a route that accepts any of several scopes, each is a case of its own.
   */
  record Route(String method, String path, RouteAccess access, String service, Scope scope) {
    @Override
    public String toString() {
      return method
          + " "
          + path
          + (access instanceof RouteAccess.RequiresAnyOf ? " with " + scope.wireName() : "");
    }
  }

  private final Map<Scope, String> keyWith = new EnumMap<>(Scope.class);
  private final Map<Scope, String> keyWithout = new EnumMap<>(Scope.class);
  private final Map<List<Scope>, String> keyWithoutAll = new HashMap<>();
  private String revokedKey;

  @BeforeAll
  void createKeys() {
    client = new GatewayClient(port);
    for (Scope scope : Scope.values()) {
      if (scope != Scope.ADMIN) {
        keyWith.put(
            scope,
            createKey("with " + scope.wireName(), List.of(scope.wireName()), null)
                .path("key")
                .asString());
      }
      // every scope but this one (and but admin, which implies all)
      List<String> others = new ArrayList<>();
      for (Scope other : Scope.values()) {
        if (other != scope && other != Scope.ADMIN) {
          others.add(other.wireName());
        }
      }
      keyWithout.put(
          scope, createKey("without " + scope.wireName(), others, null).path("key").asString());
    }
    keyWith.put(Scope.ADMIN, GatewayClient.ADMIN_KEY);
    var revoked = createKey("revoked", List.of("admin"), null);
    revokedKey = revoked.path("key").asString();
    revoke(revoked.path("id").asString());
  }

  static Stream<Arguments> everyRouteAndCaller() {
    List<Arguments> cases = new ArrayList<>();
    for (PublicRoutes.Route rule : PublicRoutes.ALL) {
      List<String> methods =
          rule.methods().isEmpty()
              ? List.of("GET", "POST", "PATCH", "DELETE")
              : rule.methods().stream().sorted().toList();
      for (String method : methods) {
        for (Scope scope : scopesOf(rule.access())) {
          Route route =
              new Route(
                  method, example(rule.template()), rule.access(), rule.owner().wireName(), scope);
          for (Caller caller : Caller.values()) {
            cases.add(Arguments.of(route, caller));
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("everyRouteAndCaller")
  void letsExactlyTheRightKeysThrough(Route route, Caller caller) {
    var request = client.request(route.path()).method(route.method(), BodyPublishers.noBody());
    String key = keyFor(route, caller);
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }

    HttpResponse<String> response = client.send(request);

    if (route.access() instanceof RouteAccess.FromInsideOnly) {
      // the test client is on loopback, inside: no key is asked for (InsidePeerTest covers outside)
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertNoBackendReached();
      return;
    }
    if (route.path().startsWith("/app")) {
      // the workspace's pages need a session, not a key: without one they lead to sign-in (and a
      // form without its token is a 403 page); WorkspaceSignInTest covers them
      assertThat(response.statusCode()).as(response.body()).isNotIn(401, 405);
      assertNoBackendReached();
      return;
    }
    if (route.access() instanceof RouteAccess.Public) {
      assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403, 405);
      assertReachedOnlyItsService(route);
      return;
    }
    switch (caller) {
      case NO_KEY, UNKNOWN_KEY, REVOKED_KEY -> {
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertNoBackendReached();
      }
      case KEY_WITHOUT_SCOPE -> {
        assertProblem(response, 403);
        assertNoBackendReached();
      }
      case KEY_WITH_SCOPE -> {
        assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403, 405);
        if (!route.service().equals("gateway")) {
          assertThat(response.statusCode()).isEqualTo(200);
          // the service learns the key's scopes: a route with alternatives decides by them
          assertThat(backend(route.service()).received().get(0).header(PersonHeaders.KEY_SCOPES))
              .contains(route.scope().wireName());
        }
        assertReachedOnlyItsService(route);
      }
    }
  }

  /** The scopes that let a caller through, each tested on its own; admin for keyless routes. */
  private static List<Scope> scopesOf(RouteAccess access) {
    if (access instanceof RouteAccess.Requires requires) {
      return List.of(requires.scope());
    }
    if (access instanceof RouteAccess.RequiresAnyOf anyOf) {
      return anyOf.scopes();
    }
    return List.of(Scope.ADMIN);
  }

  private String keyFor(Route route, Caller caller) {
    return switch (caller) {
      case NO_KEY -> null;
      case UNKNOWN_KEY -> "cbk_" + "x".repeat(43);
      case REVOKED_KEY -> revokedKey;
      case KEY_WITHOUT_SCOPE ->
          route.access() instanceof RouteAccess.RequiresAnyOf anyOf
              ? keyWithoutAnyOf(anyOf.scopes())
              : keyWithout.get(route.scope());
      case KEY_WITH_SCOPE -> keyWith.get(route.scope());
    };
  }

  /** A key holding every scope but the route's alternatives (and admin), made once per route. */
  private String keyWithoutAnyOf(List<Scope> alternatives) {
    return keyWithoutAll.computeIfAbsent(
        alternatives,
        scopes -> {
          List<String> others = new ArrayList<>();
          for (Scope other : Scope.values()) {
            if (!scopes.contains(other) && other != Scope.ADMIN) {
              others.add(other.wireName());
            }
          }
          return createKey("without " + scopes, others, null).path("key").asString();
        });
  }

  private static void assertReachedOnlyItsService(Route route) {
    if (route.service().equals("gateway")) {
      // answered by the gateway itself (which may ask the services for their OpenAPI files)
      for (String service : List.of("account", "hold", "notification")) {
        assertThat(backend(service).received())
            .noneMatch(received -> received.rawPath().equals(route.path()));
      }
      return;
    }
    for (String service : List.of("account", "hold", "notification")) {
      RecordingBackend backend = backend(service);
      if (service.equals(route.service())) {
        assertThat(backend.received()).hasSize(1);
        var received = backend.received().get(0);
        assertThat(received.method()).isEqualTo(route.method());
        assertThat(received.header("Authorization")).isNull();
        assertThat(received.header("X-CreditBridge-Internal"))
            .isEqualTo(GatewayTestSetup.INTERNAL_CREDENTIAL);
      } else {
        assertThat(backend.received()).isEmpty();
      }
    }
  }

  private static String example(String template) {
    return template
        .replace("{id}", "acc-1")
        .replace("{eventType}", "credit.hold.placed")
        .replace("{version}", "1")
        .replace("{email}", "mia@example.com")
        .replace("/**", "");
  }
}
