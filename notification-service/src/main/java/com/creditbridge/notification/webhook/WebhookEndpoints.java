package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.rules.WebhookUrlPolicy;
import com.creditbridge.notification.webhook.signing.WebhookSecret;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Registering and reading webhook endpoints. */
@Service
class WebhookEndpoints {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  private final WebhookEndpointRepository repository;
  private final WebhookUrlPolicy urls;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  WebhookEndpoints(
      WebhookEndpointRepository repository, WebhooksProperties properties, Clock clock) {
    this.repository = repository;
    this.urls = new WebhookUrlPolicy(properties.allowInsecureUrls());
    this.clock = clock;
  }

  /** Registers an endpoint; the answer is the only place its secret is ever shown. */
  Mono<WebhookEndpointView> create(WebhookEndpointRequest request) {
    List<FieldProblem> problems = request.problems(urls);
    if (!problems.isEmpty()) {
      return Mono.error(ApiProblem.badRequest("The webhook endpoint is not valid.", problems));
    }
    var endpoint =
        new WebhookEndpoint(
            UUID.randomUUID(),
            request.url(),
            request.description(),
            request.eventTypesOrAll(),
            request.salesRepIds(),
            request.segments(),
            WebhookEndpoint.ENABLED,
            WebhookSecret.generate(random),
            // PostgreSQL keeps microseconds: the answer must equal what a later GET returns
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    return repository.insert(endpoint).thenReturn(WebhookEndpointView.withSecret(endpoint));
  }

  Mono<WebhookEndpointView> get(String id) {
    return parseId(id)
        .flatMap(repository::find)
        .map(WebhookEndpointView::withoutSecret)
        .switchIfEmpty(
            Mono.error(() -> ApiProblem.notFound("There is no webhook endpoint " + id + ".")));
  }

  Mono<Page<WebhookEndpointView>> list(Integer limit, String cursor) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      return Mono.error(
          ApiProblem.badRequest(
              "The limit is out of range.",
              List.of(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT))));
    }
    Position after;
    try {
      after = cursor == null || cursor.isEmpty() ? null : Position.decode(cursor);
    } catch (IllegalArgumentException e) {
      return Mono.error(
          ApiProblem.badRequest(
              "The cursor is not valid.",
              List.of(new FieldProblem("cursor", "is not a cursor from a previous page"))));
    }
    // one more than asked tells whether there is a next page
    return repository
        .page(after == null ? null : after.createdAt(), after == null ? null : after.id(), size + 1)
        .collectList()
        .map(
            rows -> {
              boolean more = rows.size() > size;
              List<WebhookEndpoint> items = more ? rows.subList(0, size) : rows;
              String next = more ? Position.of(items.get(size - 1)).encode() : null;
              return new Page<>(
                  items.stream().map(WebhookEndpointView::withoutSecret).toList(), next);
            });
  }

  private static Mono<UUID> parseId(String id) {
    try {
      return Mono.just(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Mono.empty(); // not one of our ids, so no such endpoint
    }
  }

  /** Where a page ended: opaque to clients. */
  private record Position(Instant createdAt, UUID id) {

    static Position of(WebhookEndpoint endpoint) {
      return new Position(endpoint.createdAt(), endpoint.id());
    }

    String encode() {
      String raw = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt) + "_" + id;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String cursor) {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int separator = raw.indexOf('_');
      if (separator < 0) {
        throw new IllegalArgumentException("no separator");
      }
      long micros = Long.parseLong(raw.substring(0, separator));
      return new Position(
          Instant.EPOCH.plus(micros, ChronoUnit.MICROS),
          UUID.fromString(raw.substring(separator + 1)));
    }
  }
}
