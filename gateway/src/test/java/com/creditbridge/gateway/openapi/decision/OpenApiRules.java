package com.creditbridge.gateway.openapi.decision;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's rules for an OpenAPI document, beyond what the specification demands, checked on a
 * document parsed without resolving references. Every operation has:
 *
 * <ul>
 *   <li>a summary;
 *   <li>a camelCase {@code operationId}, unique in the document;
 *   <li>at least one tag, each declared in the top-level {@code tags} with a description;
 *   <li>at least one 4xx response, and each 4xx response is an {@code application/problem+json}
 *       body of {@code #/components/schemas/Problem};
 *   <li>401, 403 and 429 unless it is public ({@code security: []});
 *   <li>400 when it takes a body or query parameters, 404 when its path has a parameter.
 * </ul>
 *
 * Returns one sentence per broken rule, naming the operation; an empty list when all hold.
 */
final class OpenApiRules {

  static final String PROBLEM = "#/components/schemas/Problem";
  private static final String RESPONSES = "#/components/responses/";
  private static final Pattern CAMEL_CASE = Pattern.compile("^[a-z][a-zA-Z0-9]*$");

  private OpenApiRules() {}

  static List<String> check(OpenAPI document) {
    List<String> broken = new ArrayList<>();
    Map<String, String> declaredTags = new HashMap<>();
    for (Tag tag : Objects.requireNonNullElse(document.getTags(), List.<Tag>of())) {
      declaredTags.put(tag.getName(), Objects.requireNonNullElse(tag.getDescription(), ""));
    }
    Map<String, String> operationIds = new HashMap<>();
    List<SecurityRequirement> documentSecurity =
        Objects.requireNonNullElse(document.getSecurity(), List.of());
    Objects.requireNonNullElse(document.getPaths(), Map.<String, PathItem>of())
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          String name = method + " " + path;
                          List<Parameter> parameters = new ArrayList<>();
                          parameters.addAll(
                              Objects.requireNonNullElse(item.getParameters(), List.of()));
                          parameters.addAll(
                              Objects.requireNonNullElse(operation.getParameters(), List.of()));
                          checkOperation(
                              document,
                              name,
                              operation,
                              parameters,
                              documentSecurity,
                              declaredTags,
                              operationIds,
                              broken);
                        }));
    return broken;
  }

  private static void checkOperation(
      OpenAPI document,
      String name,
      Operation operation,
      List<Parameter> parameters,
      List<SecurityRequirement> documentSecurity,
      Map<String, String> declaredTags,
      Map<String, String> operationIds,
      List<String> broken) {
    if (blank(operation.getSummary())) {
      broken.add(name + " has no summary");
    }
    String id = operation.getOperationId();
    if (blank(id)) {
      broken.add(name + " has no operationId");
    } else if (!CAMEL_CASE.matcher(id).matches()) {
      broken.add(name + " has operationId " + id + ", not camelCase");
    } else if (operationIds.putIfAbsent(id, name) != null) {
      broken.add(name + " has operationId " + id + " of " + operationIds.get(id) + " too");
    }
    List<String> tags = Objects.requireNonNullElse(operation.getTags(), List.of());
    if (tags.isEmpty()) {
      broken.add(name + " has no tag");
    }
    for (String tag : tags) {
      if (blank(declaredTags.get(tag))) {
        broken.add(name + " has tag " + tag + ", not declared at the top with a description");
      }
    }
    Map<String, ApiResponse> responses =
        operation.getResponses() == null ? Map.of() : operation.getResponses();
    Set<String> codes = responses.keySet();
    if (codes.stream().noneMatch(code -> code.startsWith("4"))) {
      broken.add(name + " has no 4xx response");
    }
    List<SecurityRequirement> security =
        operation.getSecurity() != null ? operation.getSecurity() : documentSecurity;
    List<String> needed = new ArrayList<>();
    if (operation.getRequestBody() != null
        || parameters.stream().anyMatch(p -> "query".equals(in(document, p)))) {
      needed.add("400");
    }
    if (!security.isEmpty()) {
      needed.addAll(List.of("401", "403", "429"));
    }
    if (parameters.stream().anyMatch(p -> "path".equals(in(document, p)))) {
      needed.add("404");
    }
    for (String code : needed) {
      if (!codes.contains(code)) {
        broken.add(name + " has no " + code + " response");
      }
    }
    responses.forEach(
        (code, response) -> {
          if (code.startsWith("4") && !isProblem(document, response)) {
            broken.add(name + " answers " + code + " without the Problem schema");
          }
        });
  }

  private static boolean isProblem(OpenAPI document, ApiResponse response) {
    ApiResponse resolved = response;
    if (response.get$ref() != null) {
      String ref = response.get$ref();
      if (!ref.startsWith(RESPONSES) || document.getComponents() == null) {
        return false;
      }
      resolved =
          Objects.requireNonNullElse(
                  document.getComponents().getResponses(), Map.<String, ApiResponse>of())
              .get(ref.substring(RESPONSES.length()));
      if (resolved == null) {
        return false;
      }
    }
    if (resolved.getContent() == null) {
      return false;
    }
    MediaType problem = resolved.getContent().get("application/problem+json");
    return problem != null
        && problem.getSchema() != null
        && PROBLEM.equals(problem.getSchema().get$ref());
  }

  private static String in(OpenAPI document, Parameter parameter) {
    if (parameter.get$ref() == null) {
      return parameter.getIn();
    }
    String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
    Parameter shared =
        document.getComponents() == null || document.getComponents().getParameters() == null
            ? null
            : document.getComponents().getParameters().get(name);
    return shared == null ? null : shared.getIn();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
