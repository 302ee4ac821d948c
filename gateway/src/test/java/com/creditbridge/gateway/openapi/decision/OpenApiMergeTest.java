package com.creditbridge.gateway.openapi.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergeTest {

  private static final Map<String, Object> GATEWAY =
      Map.of(
          "openapi", "3.1.0",
          "info", Map.of("title", "CreditBridge API", "description", "All of it."),
          "paths", Map.of("/api/v1/api-keys", Map.of("get", Map.of())),
          "components", Map.of("schemas", Map.of("Problem", Map.of("type", "object"))));

  @Test
  void addsEveryServicesPathsAndComponents() {
    Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    services.put(
        "account-service",
        Map.of(
            "openapi", "3.1.0",
            "info", Map.of("title", "account"),
            "paths", Map.of("/api/v1/ledger-events", Map.of("post", Map.of())),
            "components",
                Map.of(
                    "schemas",
                    Map.of("Problem", Map.of("type", "string"), "LedgerEvent", Map.of()))));

    Map<String, Object> merged = OpenApiMerge.merge(GATEWAY, services, List.of());

    assertThat(merged.get("info")).isEqualTo(GATEWAY.get("info"));
    assertThat(paths(merged)).containsOnlyKeys("/api/v1/api-keys", "/api/v1/ledger-events");
    @SuppressWarnings("unchecked")
    Map<String, Object> schemas =
        (Map<String, Object>) ((Map<?, ?>) merged.get("components")).get("schemas");
    assertThat(schemas).containsOnlyKeys("Problem", "LedgerEvent");
    assertThat(schemas.get("Problem")).isEqualTo(Map.of("type", "object")); // first one wins
    assertThat(merged).doesNotContainKey("x-creditbridge-unavailable");
  }

  @Test
  void keepsEveryOperationsIdAndTags() {
    Map<String, Object> operation =
        Map.of("operationId", "postLedgerEvents", "tags", List.of("Ledger"));
    Map<String, Object> merged =
        OpenApiMerge.merge(
            GATEWAY,
            Map.of(
                "account-service",
                Map.of("paths", Map.of("/api/v1/ledger-events", Map.of("post", operation)))),
            List.of());

    assertThat(paths(merged).get("/api/v1/ledger-events")).isEqualTo(Map.of("post", operation));
  }

  @Test
  void declaresTheServicesTagsThenTheGatewaysOncePerName() {
    Map<String, Object> gateway = new LinkedHashMap<>(GATEWAY);
    gateway.put("tags", List.of(tag("API keys", "gateway"), tag("Docs", "gateway")));
    Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    services.put(
        "account-service",
        Map.of("tags", List.of(tag("Ledger", "account"), tag("Accounts", "account"))));
    services.put(
        "hold-service", Map.of("tags", List.of(tag("Accounts", "hold"), tag("Policy", "hold"))));

    Map<String, Object> merged = OpenApiMerge.merge(gateway, services, List.of());

    assertThat(merged.get("tags"))
        .isEqualTo(
            List.of(
                tag("Ledger", "account"),
                tag("Accounts", "account"),
                tag("Policy", "hold"),
                tag("API keys", "gateway"),
                tag("Docs", "gateway")));
  }

  @Test
  void addsNoTagsWhereNoDocumentDeclaresAny() {
    Map<String, Object> merged =
        OpenApiMerge.merge(GATEWAY, Map.of("s", Map.of("tags", "not a list")), List.of());

    assertThat(merged).doesNotContainKey("tags");
  }

  @Test
  void saysWhichServicesAreMissingFromAPartialDocument() {
    Map<String, Object> merged = OpenApiMerge.merge(GATEWAY, Map.of(), List.of("hold-service"));

    assertThat(merged.get("x-creditbridge-unavailable")).isEqualTo(List.of("hold-service"));
    assertThat(((Map<?, ?>) merged.get("info")).get("description").toString())
        .contains("All of it.")
        .contains("hold-service could not be reached");
  }

  @Test
  void toleratesADocumentWithoutPathsOrComponents() {
    Map<String, Object> merged =
        OpenApiMerge.merge(GATEWAY, Map.of("s", Map.of("paths", "not a map")), List.of());

    assertThat(paths(merged)).containsOnlyKeys("/api/v1/api-keys");
  }

  private static Map<String, Object> tag(String name, String description) {
    return Map.of("name", name, "description", description);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> paths(Map<String, Object> document) {
    return (Map<String, Object>) document.get("paths");
  }
}
