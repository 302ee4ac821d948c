package com.creditbridge.gateway.openapi.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.gateway.auth.decision.PublicRoutes;
import com.creditbridge.gateway.auth.decision.RouteAccess;
import com.creditbridge.gateway.auth.decision.RouteAccess.Requires;
import com.creditbridge.gateway.auth.decision.Scope;
import com.creditbridge.gateway.auth.decision.ScopePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API document is the merge of each service's own OpenAPI file. It must describe every
 * route the gateway lets through, each of its operations must be declared once in {@link
 * PublicRoutes} with the access it documents (no key, or a key with the scope its {@code security}
 * requirement and its summary name), and {@code docs/openapi.json} (for readers without a running
 * system) must be that merge. After changing a service's file, regenerate it with {@code ./mvnw -pl
 * gateway test -Dtest=PublishedOpenApiTest -Dcreditbridge.openapi.write=true}.
 */
class PublishedOpenApiTest {

  private static final Path ROOT = Path.of("..");
  private static final Set<String> HTTP_METHODS =
      Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS");
  private static final Path PUBLISHED = ROOT.resolve("docs/openapi.json");

  /** The security scheme every service file names (an HTTP bearer scheme; scopes as roles). */
  private static final String SCHEME = "apiKey";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Test
  void describesEveryRouteTheGatewayLetsThrough() throws IOException {
    Map<String, Object> paths = section(merged(), "paths");

    for (PublicRoutes.Route rule : PublicRoutes.ALL) {
      if (rule.template().startsWith("/app")) {
        continue; // the workspace's HTML pages are for people, not part of the JSON API document
      }
      if (rule.template().endsWith("/**")) {
        String prefix = rule.template().substring(0, rule.template().length() - 3);
        assertThat(paths.keySet()).as(rule.template()).anyMatch(p -> p.startsWith(prefix));
        continue;
      }
      Map<String, Object> operations =
          paths.entrySet().stream()
              .filter(p -> shape(p.getKey()).equals(shape(rule.template())))
              .map(p -> section(Map.of("item", p.getValue()), "item"))
              .findFirst()
              .orElse(Map.of());
      for (String method : rule.methods()) {
        assertThat(operations)
            .as("%s %s is routed but not documented", method, rule.template())
            .containsKey(method.toLowerCase(Locale.ROOT));
      }
    }
  }

  @Test
  void declaresEveryDocumentedOperationOnceWithTheAccessTheDocumentStates() throws IOException {
    Map<String, Object> document = merged();
    List<String> checked = new ArrayList<>();

    for (var path : section(document, "paths").entrySet()) {
      for (var operation : section(Map.of("item", path.getValue()), "item").entrySet()) {
        String method = operation.getKey().toUpperCase(Locale.ROOT);
        if (!HTTP_METHODS.contains(method)) {
          continue; // parameters, summary, ... of the path item
        }
        String example = path.getKey().replaceAll("\\{[^}]+}", "x1");
        String what = method + " " + path.getKey();
        List<PublicRoutes.Route> declared =
            PublicRoutes.ALL.stream()
                .filter(r -> r.methods().isEmpty() || r.methods().contains(method))
                .filter(r -> ScopePolicy.matches(r.template(), example))
                .toList();
        assertThat(declared).as("routes declared for %s", what).hasSize(1);
        RouteAccess access = declared.get(0).access();
        Map<String, Object> op = section(Map.of("op", operation.getValue()), "op");

        if (Objects.equals(op.get("security"), List.of())) {
          assertThat(access)
              .as("%s is documented without a key", what)
              .isInstanceOfAny(RouteAccess.Public.class, RouteAccess.FromInsideOnly.class);
        } else {
          List<String> scopes = scopesRequired(access, what);
          // one requirement object per alternative: any one of them lets the caller through
          assertThat(op.get("security"))
              .as("the security requirement of %s names the scopes the gateway accepts", what)
              .isEqualTo(scopes.stream().map(scope -> Map.of(SCHEME, List.of(scope))).toList());
          String text = op.getOrDefault("summary", "") + " " + op.getOrDefault("description", "");
          for (String named : scopesNamedIn(text)) {
            assertThat(named).as("the scope %s names", what).isIn(scopes);
          }
        }
        checked.add(what);
      }
    }
    assertThat(checked).hasSizeGreaterThan(40);
  }

  @Test
  void docsHoldTheMergedDocument() throws IOException {
    String merged = JSON.writeValueAsString(merged()) + "\n";
    if (Boolean.getBoolean("creditbridge.openapi.write")) {
      Files.writeString(PUBLISHED, merged, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8))
        .as("docs/openapi.json is stale: regenerate it (see this test's comment)")
        .isEqualTo(merged);
  }

  /** The scopes a route accepts, in declaration order; fails for a route without a key. */
  private static List<String> scopesRequired(RouteAccess access, String what) {
    if (access instanceof Requires requires) {
      return List.of(requires.scope().wireName());
    }
    assertThat(access)
        .as("%s is documented with a key", what)
        .isInstanceOf(RouteAccess.RequiresAnyOf.class);
    return ((RouteAccess.RequiresAnyOf) access).scopes().stream().map(Scope::wireName).toList();
  }

  private static Map<String, Object> merged() throws IOException {
    Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    for (String service : List.of("account-service", "hold-service", "notification-service")) {
      services.put(
          service, yaml(ROOT.resolve(service + "/src/main/resources/openapi/openapi.yaml")));
    }
    Map<String, Object> gateway = yaml(Path.of("src/main/resources/openapi/openapi.yaml"));
    return OpenApiMerge.merge(gateway, services, List.of());
  }

  private static Map<String, Object> yaml(Path file) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> document =
        (Map<String, Object>)
            new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(file, StandardCharsets.UTF_8));
    return document;
  }

  /**
   * The scopes a summary or description names, as "(credit:read)", "(scope admin)" or, for a route
   * with alternatives, "(credit:write or sales:write)".
   */
  private static Set<String> scopesNamedIn(String text) {
    Set<String> named = new LinkedHashSet<>();
    Matcher matcher =
        Pattern.compile("\\((?:scope )?([a-z]+(?::[a-z]+)?(?: or [a-z]+:[a-z]+)*)[);]")
            .matcher(text);
    while (matcher.find()) {
      for (String scope : matcher.group(1).split(" or ")) {
        if (Scope.fromWireName(scope).isPresent()) {
          named.add(scope);
        }
      }
    }
    return named;
  }

  /** "/api/v1/accounts/{accountId}" and "/api/v1/accounts/{id}" are the same route. */
  private static String shape(String template) {
    return template.replaceAll("\\{[^}]+}", "{}");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> document, String name) {
    Object value = document.get(name);
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
