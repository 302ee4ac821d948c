package com.creditbridge.gateway.apikey;

import com.creditbridge.gateway.apikey.decision.NewApiKey;
import com.creditbridge.gateway.auth.decision.RateLimit;
import com.creditbridge.gateway.auth.decision.Scope;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.paging.SortKey;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/v1/api-keys}: the gateway's own API (scope {@code admin}, checked by the filter). */
@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeyController {

  private final ApiKeys keys;

  ApiKeyController(ApiKeys keys) {
    this.keys = keys;
  }

  /** The request body; rateLimit as a map so that a wrong shape is a field error, not a 500. */
  record CreateRequest(String name, List<String> scopes, Map<String, Integer> rateLimit) {}

  record RateLimitView(int requestsPerSecond, int burst) {}

  record KeyView(
      String id,
      String name,
      String prefix,
      List<String> scopes,
      RateLimitView rateLimit,
      Instant createdAt,
      Instant lastUsedAt,
      Instant revokedAt) {}

  /** The one response that carries the key. */
  record CreatedView(
      String id,
      String name,
      String prefix,
      List<String> scopes,
      RateLimitView rateLimit,
      Instant createdAt,
      String key) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Mono<CreatedView> create(@RequestBody CreateRequest body) {
    NewApiKey.Result result =
        NewApiKey.validate(new NewApiKey.Request(body.name(), body.scopes(), body.rateLimit()));
    if (result instanceof NewApiKey.Result.Invalid invalid) {
      List<FieldProblem> errors =
          invalid.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList();
      return Mono.error(ApiProblem.badRequest("The API key request has invalid fields.", errors));
    }
    NewApiKey request = ((NewApiKey.Result.Valid) result).key();
    return keys.create(request)
        .map(
            created -> {
              ApiKey key = created.key();
              return new CreatedView(
                  key.id(),
                  key.name(),
                  key.displayPrefix(),
                  wireNames(key),
                  view(key.rateLimit()),
                  key.createdAt(),
                  created.secret());
            });
  }

  @GetMapping
  Mono<Page<KeyView>> list(
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    int size = Paging.limit(limit);
    long after = 0;
    if (cursor != null) {
      // the cursor is the last key's position
      after = SortKey.read(cursor, 1).number(0);
      if (after < 0) {
        return Mono.error(Paging.invalidCursor());
      }
    }
    return keys.page(after, size + 1)
        .collectList()
        .map(
            found ->
                Page.of(found, size, key -> SortKey.of(key.position()))
                    .map(ApiKeyController::view));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> revoke(@PathVariable String id) {
    if (id.length() > 64) {
      return Mono.error(ApiProblem.notFound("There is no API key " + id + "."));
    }
    return keys.revoke(id)
        .flatMap(
            found ->
                found
                    ? Mono.<Void>empty()
                    : Mono.error(ApiProblem.notFound("There is no API key " + id + ".")));
  }

  private static KeyView view(ApiKey key) {
    return new KeyView(
        key.id(),
        key.name(),
        key.displayPrefix(),
        wireNames(key),
        view(key.rateLimit()),
        key.createdAt(),
        key.lastUsedAt(),
        key.revokedAt());
  }

  private static List<String> wireNames(ApiKey key) {
    return key.scopes().stream().map(Scope::wireName).toList();
  }

  private static RateLimitView view(RateLimit limit) {
    return limit == null ? null : new RateLimitView(limit.requestsPerSecond(), limit.burst());
  }
}
