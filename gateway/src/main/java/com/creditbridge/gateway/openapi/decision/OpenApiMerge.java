package com.creditbridge.gateway.openapi.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the services' OpenAPI documents (parsed into maps) into the one public document: the
 * gateway's own document gives {@code openapi}, {@code info}, {@code servers} and {@code security};
 * every document's {@code paths} and {@code components} are added. A path or component that two
 * documents both define keeps the first definition (the shared problem schema, for instance).
 * Operations are copied whole, with their {@code operationId} and {@code tags}. The top-level
 * {@code tags} are the services' (in the order given) followed by the gateway's own, one per name:
 * the first declaration of a name wins, so the document reads business areas first. A service that
 * could not be reached is named in {@code x-creditbridge-unavailable} and in the description, so a
 * reader knows the document is partial.
 */
public final class OpenApiMerge {

  private OpenApiMerge() {}

  public static Map<String, Object> merge(
      Map<String, Object> gateway, Map<String, Map<String, Object>> services, List<String> down) {
    Map<String, Object> merged = new LinkedHashMap<>(gateway);
    Map<String, Object> paths = new LinkedHashMap<>(section(gateway, "paths"));
    Map<String, Object> components = new LinkedHashMap<>();
    addComponents(components, section(gateway, "components"));
    services
        .values()
        .forEach(
            document -> {
              section(document, "paths").forEach(paths::putIfAbsent);
              addComponents(components, section(document, "components"));
            });
    merged.put("paths", paths);
    merged.put("components", components);
    List<Object> tags = tags(services, gateway);
    if (!tags.isEmpty()) {
      merged.put("tags", tags);
    }
    if (!down.isEmpty()) {
      Map<String, Object> info = new LinkedHashMap<>(section(gateway, "info"));
      Object description = info.getOrDefault("description", "");
      info.put(
          "description",
          description
              + "\n\nPartial document: "
              + String.join(", ", down)
              + " could not be reached; its paths are missing.");
      merged.put("info", info);
      merged.put("x-creditbridge-unavailable", new ArrayList<>(down));
    }
    return merged;
  }

  private static List<Object> tags(
      Map<String, Map<String, Object>> services, Map<String, Object> gateway) {
    List<Map<String, Object>> documents = new ArrayList<>(services.values());
    documents.add(gateway);
    Map<String, Object> byName = new LinkedHashMap<>();
    for (Map<String, Object> document : documents) {
      if (document.get("tags") instanceof List<?> declared) {
        for (Object tag : declared) {
          if (tag instanceof Map<?, ?> map && map.get("name") instanceof String name) {
            byName.putIfAbsent(name, tag);
          }
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static void addComponents(Map<String, Object> into, Map<String, Object> components) {
    components.forEach(
        (kind, entries) -> {
          if (entries instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> target =
                (Map<String, Object>) into.computeIfAbsent(kind, k -> new LinkedHashMap<>());
            map.forEach((name, value) -> target.putIfAbsent(String.valueOf(name), value));
          }
        });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> document, String name) {
    Object value = document.get(name);
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
