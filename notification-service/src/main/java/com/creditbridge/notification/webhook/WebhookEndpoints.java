package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.WebhookDeliveries.PingSent;
import com.creditbridge.notification.webhook.WebhookDeliveries.Replayed;
import com.creditbridge.notification.webhook.rules.WebhookUrlPolicy;
import com.creditbridge.notification.webhook.signing.WebhookSecret;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Registering, changing and reading webhook endpoints; their pings, replays and logs. */
@Service
class WebhookEndpoints {

  /** Messages one replay call resends at most; the answer says where to continue. */
  static final int MAX_REPLAY = 10_000;

  private final WebhookEndpointRepository repository;
  private final WebhookDeliveries deliveries;
  private final DeliveryLog log;
  private final WebhookTargets targets;
  private final WebhookUrlPolicy urls;
  private final Duration secretOverlap;
  private final TransactionalOperator transactions;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  WebhookEndpoints(
      WebhookEndpointRepository repository,
      WebhookDeliveries deliveries,
      DeliveryLog log,
      WebhookTargets targets,
      WebhooksProperties properties,
      TransactionalOperator transactions,
      Clock clock) {
    this.repository = repository;
    this.deliveries = deliveries;
    this.log = log;
    this.targets = targets;
    this.urls = new WebhookUrlPolicy(properties.allowance());
    this.secretOverlap = properties.secretOverlap();
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Registers an endpoint; the answer is the only place its secret is shown, with rotation. */
  Mono<WebhookEndpointView> create(WebhookEndpointRequest request) {
    return validated(request, List.of())
        .then(
            Mono.defer(
                () -> {
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
                          null,
                          now());
                  return repository
                      .insert(endpoint)
                      .thenReturn(WebhookEndpointView.withSecret(endpoint));
                }));
  }

  Mono<WebhookEndpointView> get(String id) {
    return find(id).map(WebhookEndpointView::withoutSecret);
  }

  Mono<Page<WebhookEndpointView>> list(Integer limit, String cursor) {
    return Mono.defer(
        () -> {
          int size = PageCursor.limit(limit);
          PageCursor after = PageCursor.decode(cursor);
          // one more than asked tells whether there is a next page
          return repository
              .page(after == null ? null : after.at(), after == null ? null : after.id(), size + 1)
              .collectList()
              .map(
                  rows -> {
                    boolean more = rows.size() > size;
                    List<WebhookEndpoint> items = more ? rows.subList(0, size) : rows;
                    String next =
                        more
                            ? new PageCursor(
                                    items.get(size - 1).createdAt(), items.get(size - 1).id())
                                .encode()
                            : null;
                    return new Page<>(
                        items.stream().map(WebhookEndpointView::withoutSecret).toList(), next);
                  });
        });
  }

  /** Changes what is given; a URL is checked as at registration. */
  Mono<WebhookEndpointView> patch(String id, WebhookEndpointPatch patch) {
    return find(id)
        .flatMap(
            endpoint -> {
              WebhookEndpointRequest merged = patch.appliedTo(endpoint);
              List<FieldProblem> more = new ArrayList<>();
              patch.statusProblem().ifPresent(more::add);
              return validated(merged, more)
                  .then(
                      Mono.defer(
                          () -> {
                            var changed =
                                new WebhookEndpoint(
                                    endpoint.id(),
                                    merged.url(),
                                    merged.description(),
                                    merged.eventTypesOrAll(),
                                    merged.salesRepIds(),
                                    merged.segments(),
                                    endpoint.status(),
                                    endpoint.secret(),
                                    endpoint.disabledReason(),
                                    endpoint.createdAt());
                            Mono<Boolean> status =
                                patch.status() == null
                                    ? Mono.just(true)
                                    : setStatus(
                                        endpoint.id(),
                                        patch.status().equals(WebhookEndpoint.ENABLED));
                            return repository
                                .update(changed, clock.instant())
                                .then(status)
                                .as(transactions::transactional);
                          }));
            })
        .then(get(id));
  }

  Mono<WebhookEndpointView> enable(String id, boolean enabled) {
    return find(id).flatMap(e -> setStatus(e.id(), enabled)).then(get(id));
  }

  private Mono<Boolean> setStatus(UUID id, boolean enabled) {
    return repository.setStatus(id, enabled, "Disabled through the API.", clock.instant());
  }

  Mono<Void> delete(String id) {
    return find(id)
        .flatMap(e -> repository.delete(e.id(), clock.instant()).as(transactions::transactional))
        .then();
  }

  /** A new secret, shown once; the old one keeps signing for {@code secret-overlap}. */
  Mono<RotatedSecret> rotateSecret(String id) {
    return find(id)
        .flatMap(
            endpoint -> {
              String secret = WebhookSecret.generate(random);
              Instant now = clock.instant();
              Instant previousUntil = now.plus(secretOverlap).truncatedTo(ChronoUnit.MICROS);
              return repository
                  .rotateSecret(endpoint.id(), secret, previousUntil, now)
                  .thenReturn(new RotatedSecret(endpoint.id(), secret, previousUntil));
            });
  }

  /**
   * The answer to a rotation.
   *
   * @param previousSecretExpiresAt until when the previous secret also signs
   */
  record RotatedSecret(UUID id, String secret, Instant previousSecretExpiresAt) {}

  Mono<PingSent> ping(String id) {
    return enabled(id)
        .flatMap(e -> deliveries.ping(e.id(), now()).as(transactions::transactional))
        .doOnSuccess(sent -> deliveries.committed());
  }

  Mono<Replayed> replay(String id, ReplayRequest request) {
    return Mono.defer(
        () -> {
          Instant since = since(request);
          return enabled(id)
              .flatMap(
                  e ->
                      deliveries
                          .replay(e, since, MAX_REPLAY, now())
                          .as(transactions::transactional))
              .doOnSuccess(replayed -> deliveries.committed());
        });
  }

  Mono<Page<DeliveryLogEntry>> deliveries(String id, Integer limit, String cursor) {
    return find(id)
        .flatMap(
            endpoint -> {
              int size = PageCursor.limit(limit);
              PageCursor after = PageCursor.decode(cursor);
              return log.page(endpoint.id(), after, size + 1)
                  .map(
                      rows -> {
                        boolean more = rows.size() > size;
                        List<DeliveryLogEntry> items = more ? rows.subList(0, size) : rows;
                        DeliveryLogEntry last =
                            items.isEmpty() ? null : items.get(items.size() - 1);
                        return new Page<>(
                            items,
                            more ? new PageCursor(last.createdAt(), last.id()).encode() : null);
                      });
            });
  }

  private Instant since(ReplayRequest request) {
    String since = request == null ? null : request.since();
    FieldProblem problem = null;
    Instant parsed = null;
    if (since == null || since.isBlank()) {
      problem = new FieldProblem("since", "is required");
    } else if (since.length() > 64) {
      problem = new FieldProblem("since", "must be an ISO-8601 instant");
    } else {
      try {
        parsed = Instant.parse(since);
        if (parsed.isAfter(clock.instant())) {
          problem = new FieldProblem("since", "must not be in the future");
        }
      } catch (DateTimeParseException e) {
        problem =
            new FieldProblem("since", "must be an ISO-8601 instant, e.g. 2026-05-10T08:00:00Z");
      }
    }
    if (problem != null) {
      throw ApiProblem.badRequest("The replay request is not valid.", List.of(problem));
    }
    return parsed;
  }

  private Mono<WebhookEndpoint> enabled(String id) {
    return find(id)
        .filter(e -> e.status().equals(WebhookEndpoint.ENABLED))
        .switchIfEmpty(
            Mono.error(
                () ->
                    ApiProblem.conflict(
                        "The webhook endpoint " + id + " is disabled; enable it first.")));
  }

  /** The request's problems, the URL's resolved addresses included: a 400 with all of them. */
  private Mono<Void> validated(WebhookEndpointRequest request, List<FieldProblem> more) {
    List<FieldProblem> problems = new ArrayList<>(request.problems(urls));
    problems.addAll(more);
    Mono<List<FieldProblem>> all =
        problems.stream().anyMatch(p -> p.field().equals("url"))
            ? Mono.just(problems)
            : targets
                .refusal(request.url())
                .map(
                    reason -> {
                      problems.add(new FieldProblem("url", reason));
                      return problems;
                    })
                .defaultIfEmpty(problems);
    return all.flatMap(
        list ->
            list.isEmpty()
                ? Mono.empty()
                : Mono.error(ApiProblem.badRequest("The webhook endpoint is not valid.", list)));
  }

  private Mono<WebhookEndpoint> find(String id) {
    return parseId(id)
        .flatMap(repository::find)
        .switchIfEmpty(
            Mono.error(() -> ApiProblem.notFound("There is no webhook endpoint " + id + ".")));
  }

  private Instant now() {
    // PostgreSQL keeps microseconds: an answer must equal what a later GET returns
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static Mono<UUID> parseId(String id) {
    try {
      return Mono.just(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Mono.empty(); // not one of our ids, so no such endpoint
    }
  }
}
