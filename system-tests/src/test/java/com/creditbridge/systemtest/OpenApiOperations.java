package com.creditbridge.systemtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The operations of an OpenAPI document, with their parameters and JSON body schemas resolved. */
final class OpenApiOperations {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

  /** A query parameter and its schema (an empty object when the document gives none). */
  record Parameter(String name, JsonNode schema) {}

  /**
   * One operation.
   *
   * @param body the properties of its JSON body by name, resolved; empty when it takes none
   */
  record Operation(
      String method,
      String path,
      List<String> pathParameters,
      List<Parameter> query,
      boolean takesJson,
      Map<String, JsonNode> body) {

    /** The path with each parameter replaced by the given (already encoded) values. */
    String target(Map<String, String> values) {
      Matcher matcher = TEMPLATE.matcher(path);
      StringBuilder target = new StringBuilder();
      while (matcher.find()) {
        matcher.appendReplacement(
            target, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "x")));
      }
      matcher.appendTail(target);
      return target.toString();
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final JsonNode root;

  OpenApiOperations(JsonNode root) {
    this.root = root;
  }

  List<Operation> all() {
    List<Operation> operations = new ArrayList<>();
    for (var path : root.path("paths").properties()) {
      for (var entry : path.getValue().properties()) {
        if (!METHODS.contains(entry.getKey())) {
          continue;
        }
        JsonNode operation = entry.getValue();
        List<String> pathParameters = new ArrayList<>();
        Matcher matcher = TEMPLATE.matcher(path.getKey());
        while (matcher.find()) {
          pathParameters.add(matcher.group(1));
        }
        List<Parameter> query = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        path.getValue().path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
          JsonNode resolved = resolve(parameter);
          if ("query".equals(resolved.path("in").asString())) {
            query.add(
                new Parameter(resolved.path("name").asString(), resolve(resolved.path("schema"))));
          }
        }
        JsonNode content = operation.path("requestBody").path("content");
        boolean takesJson = content.has("application/json");
        Map<String, JsonNode> body =
            takesJson ? properties(content.path("application/json").path("schema")) : Map.of();
        operations.add(
            new Operation(
                entry.getKey().toUpperCase(java.util.Locale.ROOT),
                path.getKey(),
                pathParameters,
                query,
                takesJson,
                body));
      }
    }
    return operations;
  }

  /** The properties of an object schema, through {@code $ref}, allOf, oneOf and anyOf. */
  private Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    JsonNode resolved = resolve(schema);
    for (var property : resolved.path("properties").properties()) {
      properties.put(property.getKey(), resolve(property.getValue()));
    }
    for (String combination : List.of("allOf", "oneOf", "anyOf")) {
      for (JsonNode part : resolved.path(combination)) {
        properties(part).forEach(properties::putIfAbsent);
      }
    }
    return properties;
  }

  /** A local {@code $ref} followed to what it names; anything else as it is. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
      String ref = current.path("$ref").asString();
      if (!ref.startsWith("#/")) {
        return current;
      }
      JsonNode target = root;
      for (String part : ref.substring(2).split("/")) {
        target = target.path(part.replace("~1", "/").replace("~0", "~"));
      }
      current = target;
    }
    return current;
  }
}
