package com.creditbridge.gateway.openapi;

import com.creditbridge.gateway.openapi.decision.OpenApiMerge;
import com.creditbridge.gateway.routing.BackendRoutes;
import com.creditbridge.platform.web.InternalCredential;
import com.creditbridge.platform.web.OpenApiDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The public OpenAPI document: the gateway's own file merged with each service's (fetched from its
 * {@code /internal/openapi.yaml}). Cached for {@link #FRESH} when complete; when a service is down
 * the partial document is served and rebuilt after {@link #PARTIAL}.
 */
@Component
class OpenApiDocuments {

  static final Duration FRESH = Duration.ofMinutes(5);
  static final Duration PARTIAL = Duration.ofSeconds(10);
  private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);
  private static final Logger log = LoggerFactory.getLogger(OpenApiDocuments.class);

  private record Cached(Map<String, Object> document, Instant until) {}

  private final WebClient http;
  private final Map<String, URI> services;
  private final String credential;
  private final Clock clock;
  private final Map<String, Object> own;
  private final AtomicReference<Cached> cache = new AtomicReference<>();

  OpenApiDocuments(
      BackendRoutes backends,
      @Value("${creditbridge.internal.credential:}") String credential,
      Clock clock) {
    this.http = WebClient.create();
    this.services = new LinkedHashMap<>();
    services.put("account-service", backends.account());
    services.put("hold-service", backends.hold());
    services.put("notification-service", backends.notification());
    this.credential = credential;
    this.clock = clock;
    this.own = ownDocument();
  }

  Mono<Map<String, Object>> document() {
    Cached cached = cache.get();
    if (cached != null && clock.instant().isBefore(cached.until())) {
      return Mono.just(cached.document());
    }
    return Flux.fromIterable(services.entrySet())
        .flatMapSequential(
            service ->
                fetch(service.getValue())
                    .map(document -> Map.entry(service.getKey(), document))
                    .onErrorResume(
                        e -> {
                          log.warn("OpenAPI of {} unavailable: {}", service.getKey(), e.toString());
                          return Mono.just(Map.entry(service.getKey(), Map.of()));
                        }))
        .collectList()
        .map(
            fetched -> {
              Map<String, Map<String, Object>> found = new LinkedHashMap<>();
              List<String> down = new ArrayList<>();
              fetched.forEach(
                  entry -> {
                    if (entry.getValue().isEmpty()) {
                      down.add(entry.getKey());
                    } else {
                      found.put(entry.getKey(), entry.getValue());
                    }
                  });
              Map<String, Object> merged = OpenApiMerge.merge(own, found, down);
              Duration ttl = down.isEmpty() ? FRESH : PARTIAL;
              cache.set(new Cached(merged, clock.instant().plus(ttl)));
              return merged;
            });
  }

  private Mono<Map<String, Object>> fetch(URI service) {
    return http.get()
        .uri(service.resolve(OpenApiDocument.PATH))
        .headers(
            headers -> {
              if (!credential.isBlank()) {
                headers.set(InternalCredential.HEADER, credential);
              }
            })
        .retrieve()
        .bodyToMono(String.class)
        .timeout(FETCH_TIMEOUT)
        .map(OpenApiDocuments::parse);
  }

  private static Map<String, Object> ownDocument() {
    try (InputStream in = new ClassPathResource("openapi/openapi.yaml").getInputStream()) {
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("The gateway's own openapi/openapi.yaml is missing", e);
    }
  }

  /** Plain YAML only (no custom tags): a service's file is data, never code. */
  static Map<String, Object> parse(String yaml) {
    Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("not an OpenAPI document");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> document = (Map<String, Object>) map;
    return document;
  }
}
