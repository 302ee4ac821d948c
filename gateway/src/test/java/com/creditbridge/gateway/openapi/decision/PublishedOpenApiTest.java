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
          assertThat(access).as("%s is documented with a key", what).isInstanceOf(Requires.class);
          String scope = ((Requires) access).scope().wireName();
          assertThat(op.get("security"))
              .as("the security requirement of %s names the scope the gateway requires", what)
              .isEqualTo(List.of(Map.of(SCHEME, List.of(scope))));
          String text = op.getOrDefault("summary", "") + " " + op.getOrDefault("description", "");
          for (String named : scopesNamedIn(text)) {
            assertThat(named).as("the scope %s names", what).isEqualTo(scope);
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

  /** The scopes a summary or description names, as "(credit:read)" or "(scope admin)". */
  private static Set<String> scopesNamedIn(String text) {
    Set<String> named = new LinkedHashSet<>();
    Matcher matcher = Pattern.compile("\\((?:scope )?([a-z]+(?::[a-z]+)?)[);]").matcher(text);
    while (matcher.find()) {
      if (Scope.fromWireName(matcher.group(1)).isPresent()) {
        named.add(matcher.group(1));
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
