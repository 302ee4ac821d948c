package com.creditbridge.gateway.openapi.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every OpenAPI document, each service's and the gateway's merge of them, is valid for a stock
 * parser (swagger-parser reports no message) and follows {@link OpenApiRules}. A new operation
 * needs a summary, a unique camelCase operationId, a declared tag and its 4xx responses, or this
 * test fails.
 */
class ApiDocumentValidityTest {

  private static final Path ROOT = Path.of("..");
  private static final List<String> SERVICES =
      List.of("account-service", "hold-service", "notification-service");

  @ParameterizedTest
  @ValueSource(strings = {"gateway", "account-service", "hold-service", "notification-service"})
  void eachModulesDocumentParsesWithoutAMessage(String module) throws IOException {
    assertThat(parse(Files.readString(file(module), StandardCharsets.UTF_8)).getMessages())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gateway", "account-service", "hold-service", "notification-service"})
  void eachModulesDocumentFollowsTheProjectRules(String module) throws IOException {
    SwaggerParseResult result = parse(Files.readString(file(module), StandardCharsets.UTF_8));

    assertThat(OpenApiRules.check(result.getOpenAPI())).isEmpty();
  }

  @Test
  void theMergedDocumentParsesWithoutAMessageAndFollowsTheProjectRules() throws IOException {
    SwaggerParseResult result = parse(JsonMapper.shared().writeValueAsString(merged()));

    assertThat(result.getMessages()).isEmpty();
    assertThat(OpenApiRules.check(result.getOpenAPI())).isEmpty();
    assertThat(result.getOpenAPI().getTags()).extracting("name").doesNotHaveDuplicates();
  }

  @Test
  void aLineWrapThatBecameAKeyIsReported() {
    String broken =
        """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              responses:
                '410':
                  description: Expired
                  or too late: null
        """;

    assertThat(parse(broken).getMessages()).anyMatch(m -> m.contains("or too late"));
  }

  @Test
  void rulesNameAnOperationWithoutIdTagOrProblemResponse() {
    String bare =
        """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        security: [{key: []}]
        paths:
          /a/{id}:
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            post:
              summary: Post
              requestBody: {content: {application/json: {schema: {type: object}}}}
              responses:
                '200': {description: OK}
                '404': {description: Not found}
        components:
          securitySchemes: {key: {type: http, scheme: bearer}}
        """;

    assertThat(OpenApiRules.check(parse(bare).getOpenAPI()))
        .containsExactlyInAnyOrder(
            "POST /a/{id} has no operationId",
            "POST /a/{id} has no tag",
            "POST /a/{id} has no 400 response",
            "POST /a/{id} has no 401 response",
            "POST /a/{id} has no 403 response",
            "POST /a/{id} has no 429 response",
            "POST /a/{id} answers 404 without the Problem schema");
  }

  @Test
  void rulesNameADuplicateOperationIdAndAnUndeclaredTag() {
    String twice =
        """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        tags: [{name: A, description: The a's}]
        paths:
          /a:
            get:
              summary: Get
              operationId: getA
              tags: [A]
              security: []
              responses:
                '400':
                  description: Bad
                  content:
                    application/problem+json:
                      schema: {$ref: '#/components/schemas/Problem'}
          /b:
            get:
              summary: Get
              operationId: getA
              tags: [B]
              security: []
              responses:
                '200': {description: OK}
        components:
          schemas:
            Problem: {type: object}
        """;

    assertThat(OpenApiRules.check(parse(twice).getOpenAPI()))
        .containsExactlyInAnyOrder(
            "GET /b has operationId getA of GET /a too",
            "GET /b has tag B, not declared at the top with a description",
            "GET /b has no 4xx response");
  }

  private static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIParser().readContents(document, null, options);
  }

  private static Path file(String module) {
    return ROOT.resolve(module + "/src/main/resources/openapi/openapi.yaml");
  }

  private static Map<String, Object> merged() throws IOException {
    Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    for (String service : SERVICES) {
      services.put(service, yaml(file(service)));
    }
    return OpenApiMerge.merge(yaml(file("gateway")), services, List.of());
  }

  private static Map<String, Object> yaml(Path file) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> document =
        (Map<String, Object>)
            new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(file, StandardCharsets.UTF_8));
    return document;
  }
}
