package com.creditbridge.hold.action;

import com.creditbridge.contracts.ReviewEventType;
import com.creditbridge.hold.action.ActionOutcomes.InvalidRequest;
import com.creditbridge.hold.action.ActionOutcomes.ReviewAlreadyDecided;
import com.creditbridge.hold.action.ActionOutcomes.ReviewAlreadyOpen;
import com.creditbridge.hold.action.ActionOutcomes.ReviewAnswered;
import com.creditbridge.hold.action.ActionOutcomes.ReviewDecisionNotAllowed;
import com.creditbridge.hold.action.ActionOutcomes.ReviewOutcome;
import com.creditbridge.hold.action.ActionOutcomes.UnknownAccount;
import com.creditbridge.hold.action.ActionOutcomes.UnknownReview;
import com.creditbridge.hold.action.ActionRequests.OverrideRequest;
import com.creditbridge.hold.action.ActionRequests.PromiseRequest;
import com.creditbridge.hold.action.ActionTransaction.Context;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.PolicySettings;
import com.creditbridge.hold.review.Decider;
import com.creditbridge.hold.review.DecisionDraft;
import com.creditbridge.hold.review.JointApproval;
import com.creditbridge.hold.review.ReviewDraft;
import com.creditbridge.hold.review.ReviewRequest;
import com.creditbridge.hold.review.ReviewRules;
import com.creditbridge.hold.review.Verdict;
import com.creditbridge.hold.timeline.TimelineKind;
import com.creditbridge.hold.timeline.TimelineStore;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.problem.FieldProblem;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Review requests: asked by sales (with a promise to pay recorded as one), decided by credit and,
 * on big accounts, the sales manager too (the rules are {@link JointApproval}'s). Each step runs as
 * an action on the locked account: its timeline entry, its event through the outbox, and on
 * approval an override citing the request, all or nothing.
 */
@Service
class ReviewService {

  private final ActionTransaction transaction;
  private final ReviewStore store;
  private final PromiseService promises;
  private final OverrideService overrides;
  private final TimelineStore timeline;
  private final Outbox outbox;

  ReviewService(
      ActionTransaction transaction,
      ReviewStore store,
      PromiseService promises,
      OverrideService overrides,
      TimelineStore timeline,
      Outbox outbox) {
    this.transaction = transaction;
    this.store = store;
    this.promises = promises;
    this.overrides = overrides;
    this.timeline = timeline;
    this.outbox = outbox;
  }

  Mono<ReviewOutcome> ask(String accountId, ReviewDraft draft) {
    return transaction.run(
        accountId,
        context -> {
          PolicySettings settings = context.policy().settings();
          List<FieldProblem> problems = problems(context, draft);
          if (!problems.isEmpty()) {
            return ActionTransaction.refuse(new InvalidRequest(problems));
          }
          return store
              .accountFacts(accountId)
              .switchIfEmpty(ActionTransaction.refuse(new UnknownAccount(accountId)))
              .flatMap(
                  facts -> {
                    ReviewRequest request =
                        ReviewRules.open(
                            UUID.randomUUID().toString(),
                            accountId,
                            facts.salesRepId(),
                            draft,
                            ReviewRules.approvalsNeeded(
                                facts.exposure(), settings.jointDecisionExposure()),
                            context.now().truncatedTo(ChronoUnit.MICROS));
                    ReviewView view = ReviewView.of(request);
                    return store
                        .insertOpen(
                            view,
                            ReviewRules.escalationDueAt(
                                request.createdAt(), settings.reviewRequestHours()))
                        .filter(Boolean::booleanValue)
                        .switchIfEmpty(ActionTransaction.refuse(new ReviewAlreadyOpen(accountId)))
                        .then(promise(context, request))
                        .then(
                            timeline.append(
                                accountId,
                                context.now(),
                                TimelineKind.REVIEW_REQUESTED,
                                request.requestedBy().name(),
                                ReviewSentences.requested(request),
                                view))
                        .then(
                            outbox.append(
                                ReviewEvents.of(ReviewEventType.REQUESTED, view, context.now())))
                        .thenReturn(new ReviewAnswered(request));
                  });
        });
  }

  /**
   * @param decider who decides, given the account's sales manager email (null when it has none)
   */
  Mono<ReviewOutcome> decide(
      String reviewId, DecisionDraft draft, Function<String, Decider> decider) {
    return store
        .find(reviewId)
        .flatMap(
            found ->
                transaction.run(
                    found.accountId(),
                    context ->
                        store
                            .lock(reviewId)
                            .zipWith(store.accountFacts(found.accountId()))
                            .flatMap(
                                locked ->
                                    apply(
                                        context,
                                        JointApproval.decide(
                                            locked.getT1().toRequest(),
                                            decider.apply(locked.getT2().salesManagerEmail()),
                                            draft,
                                            context.today(),
                                            context.policy().settings().maxOverrideDays(),
                                            context.now().truncatedTo(ChronoUnit.MICROS))))))
        .defaultIfEmpty(new UnknownReview(reviewId));
  }

  private Mono<ReviewOutcome> apply(Context context, Verdict verdict) {
    if (verdict instanceof Verdict.Invalid invalid) {
      return ActionTransaction.refuse(new InvalidRequest(invalid.problems()));
    }
    if (verdict instanceof Verdict.AlreadyDecided decided) {
      return ActionTransaction.refuse(new ReviewAlreadyDecided(decided.request().id()));
    }
    if (verdict instanceof Verdict.NotAllowed notAllowed) {
      return ActionTransaction.refuse(new ReviewDecisionNotAllowed(notAllowed.why()));
    }
    if (verdict instanceof Verdict.ApprovalRecorded recorded) {
      return record(context, recorded.request(), TimelineKind.REVIEW_APPROVED, null);
    }
    if (verdict instanceof Verdict.Approved approved) {
      ReviewRequest request = approved.request();
      return overrides
          .grantIn(
              context,
              request.accountId(),
              new OverrideRequest(
                  ReviewSentences.overrideReason(request),
                  ReviewSentences.lastDecider(request),
                  approved.until()))
          .then(record(context, request, TimelineKind.REVIEW_APPROVED, ReviewEventType.DECIDED));
    }
    Verdict.Declined declined = (Verdict.Declined) verdict;
    return record(
        context, declined.request(), TimelineKind.REVIEW_DECLINED, ReviewEventType.DECIDED);
  }

  /** Stores the request as decided so far, on the timeline, announced when {@code event}. */
  private Mono<ReviewOutcome> record(
      Context context, ReviewRequest request, TimelineKind kind, ReviewEventType event) {
    ReviewView view = ReviewView.of(request);
    Mono<Void> announce =
        event == null ? Mono.empty() : outbox.append(ReviewEvents.of(event, view, context.now()));
    return store
        .update(view)
        .then(
            timeline.append(
                request.accountId(),
                context.now(),
                kind,
                ReviewSentences.lastDecider(request),
                ReviewSentences.decided(request),
                view))
        .then(announce)
        .thenReturn(new ReviewAnswered(request));
  }

  /** The request's promise to pay, recorded as one (PromiseService's own rules apply). */
  private Mono<Void> promise(Context context, ReviewRequest request) {
    if (request.promise() == null) {
      return Mono.empty();
    }
    return promises
        .recordIn(
            context,
            request.accountId(),
            new PromiseRequest(
                request.promise().amount(),
                request.promise().promisedOn(),
                request.requestedBy().name(),
                ReviewSentences.promiseNote(request)))
        .then();
  }

  /**
   * The request's own problems and its promise's, the latter checked by the promise rules and named
   * under {@code promise.}, so a refusal names the field the client sent.
   */
  private static List<FieldProblem> problems(Context context, ReviewDraft draft) {
    PolicySettings settings = context.policy().settings();
    List<FieldProblem> problems =
        new ArrayList<>(
            ReviewRules.checkRequest(draft, context.today(), settings.maxOverrideDays()));
    if (problems.isEmpty() && draft.promise() != null) {
      ActionRules.check(
              new PromiseRequest(
                  draft.promise().amount(), draft.promise().promisedOn(), "sales", null),
              settings,
              context.today(),
              CurrencyUnit.of(context.account().currency()))
          .forEach(p -> problems.add(new FieldProblem("promise." + p.field(), p.message())));
    }
    return problems;
  }
}
