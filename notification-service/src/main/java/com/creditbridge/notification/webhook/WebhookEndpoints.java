package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.EndpointOutcome.Disabled;
import com.creditbridge.notification.webhook.EndpointOutcome.Invalid;
import com.creditbridge.notification.webhook.EndpointOutcome.Unknown;
import com.creditbridge.notification.webhook.WebhookDeliveries.PingSent;
import com.creditbridge.notification.webhook.WebhookDeliveries.Replayed;
import com.creditbridge.notification.webhook.rules.WebhookUrlPolicy;
import com.creditbridge.notification.webhook.signing.WebhookSecret;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.problem.FieldProblem;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Registering, changing and reading webhook endpoints; their pings, replays and logs. Each use case
 * answers an {@link EndpointOutcome}: a refusal is an answer, not an exception.
 */
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
  Mono<EndpointOutcome<WebhookEndpointView>> create(WebhookEndpointRequest request) {
    return validated(
        request,
        List.of(),
        () -> {
          var endpoint =
              request.endpoint(
                  UUID.randomUUID(),
                  WebhookEndpoint.ENABLED,
                  WebhookSecret.generate(random),
                  null,
                  now());
          return repository
              .insert(endpoint)
              .thenReturn(EndpointOutcome.done(WebhookEndpointView.withSecret(endpoint)));
        });
  }

  Mono<EndpointOutcome<WebhookEndpointView>> get(String id) {
    return withEndpoint(
        id, e -> Mono.just(EndpointOutcome.done(WebhookEndpointView.withoutSecret(e))));
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
                  rows ->
                      PageCursor.page(
                          rows,
                          size,
                          e -> new PageCursor(e.createdAt(), e.id()),
                          WebhookEndpointView::withoutSecret));
        });
  }

  /** Changes what is given; a URL is checked as at registration. */
  Mono<EndpointOutcome<WebhookEndpointView>> patch(String id, WebhookEndpointPatch patch) {
    return withEndpoint(
        id,
        endpoint -> {
          WebhookEndpointRequest merged = patch.appliedTo(endpoint);
          List<FieldProblem> more = new ArrayList<>();
          patch.statusProblem().ifPresent(more::add);
          return validated(
              merged,
              more,
              () -> {
                var changed =
                    merged.endpoint(
                        endpoint.id(),
                        endpoint.status(),
                        endpoint.secret(),
                        endpoint.disabledReason(),
                        endpoint.createdAt());
                Mono<Boolean> status =
                    patch.status() == null
                        ? Mono.just(true)
                        : setStatus(endpoint.id(), patch.status().equals(WebhookEndpoint.ENABLED));
                return repository
                    .update(changed, clock.instant())
                    .then(status)
                    .as(transactions::transactional)
                    .then(get(id));
              });
        });
  }

  Mono<EndpointOutcome<WebhookEndpointView>> enable(String id, boolean enabled) {
    return withEndpoint(id, e -> setStatus(e.id(), enabled).then(get(id)));
  }

  private Mono<Boolean> setStatus(UUID id, boolean enabled) {
    return repository.setStatus(id, enabled, "Disabled through the API.", clock.instant());
  }

  /** Deletes the endpoint; done answers its id. */
  Mono<EndpointOutcome<UUID>> delete(String id) {
    return withEndpoint(
        id,
        e ->
            repository
                .delete(e.id(), clock.instant())
                .as(transactions::transactional)
                .thenReturn(EndpointOutcome.done(e.id())));
  }

  /** A new secret, shown once; the old one keeps signing for {@code secret-overlap}. */
  Mono<EndpointOutcome<RotatedSecret>> rotateSecret(String id) {
    return withEndpoint(
        id,
        endpoint -> {
          String secret = WebhookSecret.generate(random);
          Instant now = clock.instant();
          Instant previousUntil = now.plus(secretOverlap).truncatedTo(ChronoUnit.MICROS);
          return repository
              .rotateSecret(endpoint.id(), secret, previousUntil, now)
              .thenReturn(
                  EndpointOutcome.done(new RotatedSecret(endpoint.id(), secret, previousUntil)));
        });
  }

  /**
   * The answer to a rotation.
   *
   * @param previousSecretExpiresAt until when the previous secret also signs
   */
  record RotatedSecret(UUID id, String secret, Instant previousSecretExpiresAt) {}

  Mono<EndpointOutcome<PingSent>> ping(String id) {
    return whenEnabled(
        id,
        e ->
            deliveries
                .ping(e.id(), now())
                .as(transactions::transactional)
                .doOnSuccess(sent -> deliveries.committed()));
  }

  Mono<EndpointOutcome<Replayed>> replay(String id, ReplayRequest body) {
    ReplayRequest request = body == null ? new ReplayRequest(null) : body;
    return Mono.defer(
        () -> {
          Optional<FieldProblem> problem = request.problem(clock.instant());
          if (problem.isPresent()) {
            return Mono.just(new Invalid<>("replay request", List.of(problem.get())));
          }
          Instant since = request.sinceInstant();
          return whenEnabled(
              id,
              e ->
                  deliveries
                      .replay(e, since, MAX_REPLAY, now())
                      .as(transactions::transactional)
                      .doOnSuccess(replayed -> deliveries.committed()));
        });
  }

  Mono<EndpointOutcome<Page<DeliveryLogEntry>>> deliveries(
      String id, Integer limit, String cursor) {
    return withEndpoint(
        id,
        endpoint -> {
          int size = PageCursor.limit(limit);
          PageCursor after = PageCursor.decode(cursor);
          return log.page(endpoint.id(), after, size + 1)
              .map(
                  rows ->
                      EndpointOutcome.done(
                          PageCursor.page(
                              rows, size, d -> new PageCursor(d.createdAt(), d.id()), d -> d)));
        });
  }

  /** The use, on the endpoint if it exists. */
  private <T> Mono<EndpointOutcome<T>> withEndpoint(
      String id, Function<WebhookEndpoint, Mono<EndpointOutcome<T>>> use) {
    return find(id)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            found -> found.isPresent() ? use.apply(found.get()) : Mono.just(new Unknown<T>(id)));
  }

  /** The use, on the endpoint if it exists and is enabled (pings and replays). */
  private <T> Mono<EndpointOutcome<T>> whenEnabled(
      String id, Function<WebhookEndpoint, Mono<T>> use) {
    return withEndpoint(
        id,
        e ->
            e.status().equals(WebhookEndpoint.ENABLED)
                ? use.apply(e).map(EndpointOutcome::done)
                : Mono.just(new Disabled<T>(id)));
  }

  /**
   * The request's problems, the URL's resolved addresses included: invalid with all of them, or
   * else what {@code valid} does.
   */
  private <T> Mono<EndpointOutcome<T>> validated(
      WebhookEndpointRequest request,
      List<FieldProblem> more,
      java.util.function.Supplier<Mono<EndpointOutcome<T>>> valid) {
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
                ? Mono.defer(valid)
                : Mono.just(new Invalid<T>("webhook endpoint", list)));
  }

  private Mono<WebhookEndpoint> find(String id) {
    return parseId(id).flatMap(repository::find);
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
