package com.creditbridge.hold.action;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.review.Decider;
import com.creditbridge.hold.review.DeciderCapacity;
import com.creditbridge.hold.review.DecisionDraft;
import com.creditbridge.hold.review.ReviewDraft;
import com.creditbridge.hold.review.ReviewRequest.Person;
import com.creditbridge.hold.review.ReviewRules;
import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.paging.SortKey;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Review requests. A signed-in person asks and decides as themselves, whatever the body says; an
 * API client names whom it acts for, in the capacities its key's scopes allow ({@link
 * DeciderCapacity}). Requests of accounts the person may not see are answered 404 like unknown
 * ones.
 */
@RestController
class ReviewController {

  private static final Pattern REVIEW_ID = Pattern.compile("[0-9a-f-]{36}");
  private static final Map<String, List<String>> STATUSES =
      Map.of(
          "open", List.of("open"),
          "decided", List.of("approved", "declined"),
          "all", List.of("open", "approved", "declined"));

  private final ReviewService reviews;
  private final ReviewStore store;
  private final VisibleAccounts visible;

  ReviewController(ReviewService reviews, ReviewStore store, VisibleAccounts visible) {
    this.reviews = reviews;
    this.store = store;
    this.visible = visible;
  }

  record DecisionBody(String decision, Person decidedBy, String comment, LocalDate until) {}

  @PostMapping("/api/v1/accounts/{accountId}/review-requests")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<ReviewView> ask(
      @PathVariable String accountId, @RequestBody ReviewDraft body, ServerWebExchange exchange) {
    if (!Identifiers.isValid(accountId)) {
      throw ApiProblem.badRequest(
          "accountId is not a valid id", List.of(new FieldProblem("accountId", Identifiers.RULE)));
    }
    Viewer viewer = Viewers.of(exchange);
    ReviewDraft asked =
        new ReviewDraft(
            body.reason(), who(viewer, body.requestedBy()), body.proposedUntil(), body.promise());
    return visible
        .requireVisible(viewer, accountId, () -> ActionsController.unknown(accountId))
        .then(Mono.defer(() -> reviews.ask(accountId, asked).map(ReviewAnswers::review)));
  }

  @GetMapping("/api/v1/review-requests")
  Mono<Page<ReviewView>> list(
      @RequestParam(required = false, defaultValue = "all") String status,
      @RequestParam(required = false) String accountId,
      @RequestParam(required = false) String salesRepId,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor,
      ServerWebExchange exchange) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!STATUSES.containsKey(status)) {
      problems.add(new FieldProblem("status", "must be open, decided or all"));
    }
    if (accountId != null && !Identifiers.isValid(accountId)) {
      problems.add(new FieldProblem("accountId", Identifiers.RULE));
    }
    if (salesRepId != null && !Identifiers.isValid(salesRepId)) {
      problems.add(new FieldProblem("salesRepId", Identifiers.RULE));
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.badRequest("The query has invalid parameters.", problems);
    }
    int size = Paging.limit(limit);
    SortKey after = cursor == null ? null : SortKey.read(cursor, 2);
    if (after != null) {
      after.instant(0);
      after.text(1);
    }
    String viewerEmail = AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null);
    return store
        .list(STATUSES.get(status), accountId, salesRepId, viewerEmail, after, size)
        .collectList()
        .map(rows -> Page.of(rows, size, row -> SortKey.of(row.createdAt(), row.id())));
  }

  @GetMapping("/api/v1/review-requests/{reviewId}")
  Mono<ReviewView> show(@PathVariable String reviewId, ServerWebExchange exchange) {
    return visibleReview(reviewId, Viewers.of(exchange));
  }

  @PostMapping("/api/v1/review-requests/{reviewId}/decisions")
  Mono<ReviewView> decide(
      @PathVariable String reviewId, @RequestBody DecisionBody body, ServerWebExchange exchange) {
    Viewer viewer = Viewers.of(exchange);
    Person decidedBy = who(viewer, body.decidedBy());
    List<FieldProblem> problems = new ArrayList<>();
    ReviewRules.person(problems, "decidedBy", decidedBy);
    if (!problems.isEmpty()) {
      throw ApiProblem.badRequest("The request has invalid fields.", problems);
    }
    DecisionDraft draft = new DecisionDraft(body.decision(), body.comment(), body.until());
    Function<String, Decider> decider =
        salesManager -> DeciderCapacity.of(viewer, decidedBy, salesManager);
    return visibleReview(reviewId, viewer)
        .flatMap(review -> reviews.decide(reviewId, draft, decider).map(ReviewAnswers::review));
  }

  private Mono<ReviewView> visibleReview(String reviewId, Viewer viewer) {
    if (!REVIEW_ID.matcher(reviewId).matches()) {
      return Mono.error(ReviewAnswers.unknownReview(reviewId.length() > 36 ? "" : reviewId));
    }
    return store
        .find(reviewId)
        .switchIfEmpty(Mono.error(() -> ReviewAnswers.unknownReview(reviewId)))
        .flatMap(
            review ->
                visible
                    .requireVisible(
                        viewer, review.accountId(), () -> ReviewAnswers.unknownReview(reviewId))
                    .thenReturn(review));
  }

  /** A signed-in person is always themselves; an API client names whom it acts for. */
  private static Person who(Viewer viewer, Person named) {
    return viewer instanceof Viewer.Person person
        ? new Person(person.who(), person.email())
        : named;
  }
}
