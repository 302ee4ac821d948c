package com.creditbridge.systemtest;

import com.creditbridge.systemtest.OpenApiOperations.Operation;
import com.creditbridge.systemtest.OpenApiOperations.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.JsonNode;

/** Builds the hostile requests for the operations of the API, one hostile part per request. */
final class HostileCases {

  /** One request: what is hostile in it, and the exact bytes to send. */
  record Case(String kind, String method, String target, Map<String, String> headers, byte[] body) {
    @Override
    public String toString() {
      String shown = target.length() > 160 ? target.substring(0, 160) + "…" : target;
      String sent =
          body == null
              ? ""
              : " body=" + new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
      return kind + ": " + method + " " + shown + sent;
    }
  }

  /** Over the gateway's 1 MB limit for JSON bodies. */
  private static final int OVERSIZE = 1_100_000;

  private final Map<String, String> validPathValues;
  private final OpenApiOperations document;

  /**
   * @param validPathValues a valid value for each path parameter name, so that only the hostile
   *     part of a request can be what it is refused for
   */
  HostileCases(OpenApiOperations document, Map<String, String> validPathValues) {
    this.document = document;
    this.validPathValues = validPathValues;
  }

  Arbitrary<Case> forAll(List<Operation> operations) {
    return Arbitraries.of(operations).flatMap(this::forOperation);
  }

  private Arbitrary<Case> forOperation(Operation operation) {
    List<Arbitrary<Case>> kinds = new ArrayList<>();
    if (!operation.body().isEmpty()) {
      kinds.add(bodyField(operation));
      kinds.add(bodyField(operation));
    }
    if (operation.takesJson()) {
      kinds.add(wholeBody(operation));
    }
    if (!operation.pathParameters().isEmpty()) {
      kinds.add(pathValue(operation));
    }
    if (!operation.query().isEmpty()) {
      kinds.add(queryValue(operation));
    }
    kinds.add(httpLayer(operation));
    return Arbitraries.oneOf(kinds);
  }

  private Arbitrary<Case> bodyField(Operation operation) {
    List<String> names = List.copyOf(operation.body().keySet());
    return Arbitraries.of(names)
        .flatMap(
            name ->
                forSchema(operation.body().get(name))
                    .map(
                        value -> {
                          Map<String, String> fields = placeholders(operation);
                          fields.put(name, value);
                          return json(operation, "body field " + name, object(fields));
                        }));
  }

  private Arbitrary<Case> wholeBody(Operation operation) {
    Arbitrary<String> bodies =
        Arbitraries.oneOf(
            Arbitraries.of(
                "not json", "{", "[]", "\"text\"", "123", "null", "{\"a\":1,\"a\":2}", "{} {}"),
            Arbitraries.integers().between(2_000, 8_000).map(depth -> "[".repeat(depth)),
            Arbitraries.integers()
                .between(2_000, 8_000)
                .map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)),
            Arbitraries.just("[" + "1,".repeat(OVERSIZE / 2) + "1]"),
            Arbitraries.just("{\"x\":\"" + "y".repeat(OVERSIZE) + "\"}"));
    return bodies.map(body -> json(operation, "whole body", body));
  }

  private Arbitrary<Case> pathValue(Operation operation) {
    return Arbitraries.of(operation.pathParameters())
        .flatMap(
            name ->
                Arbitraries.oneOf(
                        HostileValues.forUrl(),
                        Arbitraries.of("..", "%2e%2e", "x".repeat(5_000), "a%2Fb", "a\\b"))
                    .map(
                        value -> {
                          Map<String, String> values = new LinkedHashMap<>(validPathValues);
                          values.put(name, value);
                          return request(
                              operation,
                              "path " + name,
                              operation.target(values),
                              bodyOf(operation));
                        }));
  }

  private Arbitrary<Case> queryValue(Operation operation) {
    return Arbitraries.of(operation.query())
        .flatMap(
            parameter ->
                forQuery(parameter)
                    .map(
                        value ->
                            request(
                                operation,
                                "query " + parameter.name(),
                                operation.target(validPathValues)
                                    + "?"
                                    + parameter.name()
                                    + "="
                                    + value,
                                bodyOf(operation))));
  }

  /** Errors of the HTTP server itself: a long URI, huge or broken headers, a wrong media type. */
  private Arbitrary<Case> httpLayer(Operation operation) {
    String method = operation.method();
    String target = operation.target(validPathValues);
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case("uri too long", method, target + "?q=" + "a".repeat(20_000), Map.of(), null));
    cases.add(
        new Case("headers too large", method, target, Map.of("X-Pad", "p".repeat(20_000)), null));
    cases.add(new Case("bad header syntax", method, target, Map.of("Bad Header", "x"), null));
    if (operation.takesJson()) {
      cases.add(
          new Case(
              "wrong media type",
              method,
              target,
              Map.of("Content-Type", "text/plain"),
              "{}".getBytes(StandardCharsets.UTF_8)));
    }
    return Arbitraries.of(cases);
  }

  private Arbitrary<String> forQuery(Parameter parameter) {
    return switch (parameter.name()) {
      case "cursor" -> HostileValues.forCursor();
      case "limit" -> HostileValues.forLimit();
      default -> HostileValues.forUrl();
    };
  }

  private Arbitrary<String> forSchema(JsonNode schema) {
    JsonNode resolved = document.resolve(schema);
    String type = resolved.path("type").asString("");
    String format = resolved.path("format").asString("");
    if (resolved.has("oneOf") || resolved.has("anyOf")) {
      return HostileValues.forAmount(); // the contract's only union: money, a string or number
    }
    return switch (type) {
      case "integer" -> HostileValues.forWholeNumber();
      case "number" -> HostileValues.forAmount();
      case "boolean" -> HostileValues.forBoolean();
      case "array" -> HostileValues.forArray();
      case "object" -> HostileValues.forObject();
      default ->
          switch (format) {
            case "date" -> HostileValues.forDate();
            case "date-time" -> HostileValues.forDateTime();
            default -> HostileValues.forText();
          };
    };
  }

  /** A plausible value for every field, so that the one hostile field decides the answer. */
  private Map<String, String> placeholders(Operation operation) {
    Map<String, String> fields = new LinkedHashMap<>();
    operation
        .body()
        .forEach(
            (name, schema) -> {
              JsonNode resolved = document.resolve(schema);
              String value =
                  switch (resolved.path("type").asString("string")) {
                    case "integer", "number" -> "1";
                    case "boolean" -> "true";
                    case "array" -> "[]";
                    case "object" -> "{}";
                    default ->
                        resolved.has("enum")
                            ? resolved.path("enum").get(0).toString()
                            : switch (resolved.path("format").asString("")) {
                              case "date" -> "\"2026-05-10\"";
                              case "date-time" -> "\"2026-05-10T08:00:00Z\"";
                              default -> "\"x\"";
                            };
                  };
              fields.put(name, value);
            });
    return fields;
  }

  private String bodyOf(Operation operation) {
    return operation.takesJson() ? object(placeholders(operation)) : null;
  }

  private static String object(Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (name, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append('"').append(name).append("\":").append(value);
        });
    return json.append('}').toString();
  }

  private Case json(Operation operation, String kind, String body) {
    return request(operation, kind, operation.target(validPathValues), body);
  }

  private static Case request(Operation operation, String kind, String target, String body) {
    Map<String, String> headers =
        body == null ? Map.of() : Map.of("Content-Type", "application/json");
    return new Case(
        kind,
        operation.method(),
        target,
        headers,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }
}
