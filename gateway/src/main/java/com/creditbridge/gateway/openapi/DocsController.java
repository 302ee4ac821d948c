package com.creditbridge.gateway.openapi;

import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Public documentation: the aggregated OpenAPI document and a Swagger UI page that reads it. The
 * UI's files come from the swagger-ui webjar, served by the gateway itself (no CDN).
 */
@RestController
class DocsController {

  /** The only webjar files the page needs; nothing else of the classpath is reachable. */
  private static final Set<String> UI_FILES =
      Set.of(
          "swagger-ui.css",
          "swagger-ui-bundle.js",
          "swagger-ui-standalone-preset.js",
          "favicon-32x32.png");

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>CreditBridge API</title>
        <link rel="stylesheet" href="/api/v1/docs/swagger-ui.css">
      </head>
      <body>
        <div id="swagger-ui"></div>
        <script src="/api/v1/docs/swagger-ui-bundle.js"></script>
        <script src="/api/v1/docs/swagger-ui-standalone-preset.js"></script>
        <script src="/api/v1/docs/init.js"></script>
      </body>
      </html>
      """;

  // Separate file rather than inline script, so the page works under a strict CSP.
  private static final String INIT =
      """
      window.ui = SwaggerUIBundle({
        url: "/api/v1/openapi.json",
        dom_id: "#swagger-ui",
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: "StandaloneLayout"
      });
      """;

  private final OpenApiDocuments documents;
  private final String webjarBase;

  DocsController(OpenApiDocuments documents) {
    this.documents = documents;
    this.webjarBase = "META-INF/resources/webjars/swagger-ui/" + SwaggerUiVersion.VALUE + "/";
  }

  @GetMapping(path = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<Map<String, Object>> openApi() {
    return documents.document();
  }

  @GetMapping(path = "/api/v1/docs", produces = MediaType.TEXT_HTML_VALUE)
  String page() {
    return PAGE;
  }

  @GetMapping(path = "/api/v1/docs/init.js", produces = "text/javascript")
  String init() {
    return INIT;
  }

  @GetMapping("/api/v1/docs/{file}")
  ResponseEntity<Resource> uiFile(@PathVariable String file) {
    Resource resource = new ClassPathResource(webjarBase + file);
    if (!UI_FILES.contains(file) || !resource.exists()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok()
        .contentType(MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM))
        .cacheControl(CacheControl.noStore())
        .body(resource);
  }
}
