package com.creditbridge.platform.web;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the service's own OpenAPI file ({@code classpath:openapi/openapi.yaml}) at {@value #PATH}
 * for the gateway, which merges the three into the public document. Behind the internal credential
 * like every other non-actuator path.
 */
public final class OpenApiDocument {

  public static final String PATH = "/internal/openapi.yaml";
  public static final String LOCATION = "classpath:openapi/openapi.yaml";
  static final MediaType YAML = MediaType.parseMediaType("application/yaml");

  private OpenApiDocument() {}

  public static RouterFunction<ServerResponse> route(Resource document) {
    return RouterFunctions.route()
        .GET(PATH, request -> ServerResponse.ok().contentType(YAML).bodyValue(document))
        .build();
  }
}
