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

  @SuppressWarnings("unchecked")
  private static Map<String, Object> paths(Map<String, Object> document) {
    return (Map<String, Object>) document.get("paths");
  }
}
