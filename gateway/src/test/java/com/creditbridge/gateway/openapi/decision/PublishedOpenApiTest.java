package com.creditbridge.gateway.openapi.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.gateway.auth.decision.ScopePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API document is the merge of each service's own OpenAPI file. It must describe every
 * route the gateway lets through, and {@code docs/openapi.json} (for readers without a running
 * system) must be that merge. After changing a service's file, regenerate it with {@code ./mvnw -pl
 * gateway test -Dtest=PublishedOpenApiTest -Dcreditbridge.openapi.write=true}.
 */
class PublishedOpenApiTest {

  private static final Path ROOT = Path.of("..");
  private static final Path PUBLISHED = ROOT.resolve("docs/openapi.json");
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Test
  void describesEveryRouteTheGatewayLetsThrough() throws IOException {
    Map<String, Object> paths = section(merged(), "paths");

    for (ScopePolicy.Rule rule : ScopePolicy.RULES) {
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
