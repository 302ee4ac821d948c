package com.creditbridge.hold.action;

import com.creditbridge.contracts.AccountActivityType;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.NoteAdded;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.action.ActionRequests.HoldRequest;
import com.creditbridge.hold.action.ActionRequests.NoteRequest;
import com.creditbridge.hold.action.ActionRequests.OverrideRequest;
import com.creditbridge.hold.action.ActionRequests.PromiseRequest;
import com.creditbridge.hold.action.ActionStore.LockedAccount;
import com.creditbridge.hold.action.ActionViews.HoldView;
import com.creditbridge.hold.action.ActionViews.NoteView;
import com.creditbridge.hold.action.ActionViews.OverrideView;
import com.creditbridge.hold.action.ActionViews.PromiseView;
import com.creditbridge.hold.decision.Announced;
import com.creditbridge.hold.decision.CreditDecisions;
import com.creditbridge.hold.decision.PolicyInForce;
import com.creditbridge.hold.decision.Trigger;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.hold.timeline.Timeline;
import com.creditbridge.hold.timeline.TimelineKind;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxMessage;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The actions of credit and sales. Each runs in one transaction: lock the account, check the
 * request against the policy in force, store the action and its timeline entry, re-evaluate the
 * account (which announces any change through the outbox).
 */
@Service
class Actions {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private final ActionStore store;
  private final Timeline timeline;
  private final CreditDecisions decisions;
  private final PolicyInForce policy;
  private final Outbox outbox;
  private final TransactionalOperator transactions;
  private final Clock clock;

  Actions(
      ActionStore store,
      Timeline timeline,
      CreditDecisions decisions,
      PolicyInForce policy,
      Outbox outbox,
      TransactionalOperator transactions,
      Clock clock) {
    this.store = store;
    this.timeline = timeline;
    this.decisions = decisions;
    this.policy = policy;
    this.outbox = outbox;
    this.transactions = transactions;
    this.clock = clock;
  }

  Mono<HoldView> placeHold(String accountId, HoldRequest request) {
    require(ActionRules.check(request));
    return act(
        accountId,
        (account, context) -> {
          HoldView hold =
              new HoldView(
                  UUID.randomUUID().toString(),
                  accountId,
                  request.reason(),
                  request.placedBy(),
                  context.now());
          return store
              .placeHold(hold.holdId(), accountId, hold.reason(), hold.placedBy(), hold.placedAt())
              .filter(Boolean::booleanValue)
              .switchIfEmpty(
                  Mono.error(
                      () ->
                          ApiProblem.conflict(
                              "Account " + accountId + " is on a manual hold already")))
              .then(
                  timeline.append(
                      accountId,
                      context.now(),
                      TimelineKind.HOLD_PLACED,
                      hold.placedBy(),
                      "%s put the account on hold: %s".formatted(hold.placedBy(), hold.reason()),
                      hold))
              .thenReturn(hold);
        });
  }

  Mono<Void> endHold(String accountId, String endedBy, String reason) {
    require(ActionRules.checkEnding(endedBy, reason));
    return act(
            accountId,
            (account, context) ->
                store
                    .endHold(accountId, endedBy, context.now())
                    .filter(Boolean::booleanValue)
                    .switchIfEmpty(
                        Mono.error(
                            () ->
                                ApiProblem.conflict(
                                    "Account " + accountId + " has no manual hold to end")))
                    .then(
                        timeline.append(
                            accountId,
                            context.now(),
                            TimelineKind.HOLD_ENDED,
                            endedBy,
                            ended("The manual hold", endedBy, reason),
                            ending(endedBy, reason)))
                    .thenReturn(true))
        .then();
  }

  Mono<OverrideView> grantOverride(String accountId, OverrideRequest request) {
    return act(
        accountId,
        (account, context) -> {
          require(ActionRules.check(request, context.policy().settings(), context.today()));
          OverrideView override =
              new OverrideView(
                  UUID.randomUUID().toString(),
                  accountId,
                  request.reason(),
                  request.approvedBy(),
                  request.until(),
                  context.now());
          // a new override replaces the one in force (documented in the README)
          return store
              .endOverride(accountId, request.approvedBy(), context.now(), null)
              .then(
                  store.insertOverride(
                      override.overrideId(),
                      accountId,
                      override.reason(),
                      override.approvedBy(),
                      override.until(),
                      override.createdAt()))
              .then(
                  timeline.append(
                      accountId,
                      context.now(),
                      TimelineKind.OVERRIDE_GRANTED,
                      override.approvedBy(),
                      "%s released the account until %s despite the rules: %s"
                          .formatted(
                              override.approvedBy(),
                              DAY.format(override.until()),
                              override.reason()),
                      override))
              .thenReturn(override);
        });
  }

  Mono<Void> endOverride(String accountId, String endedBy, String reason) {
    require(ActionRules.checkEnding(endedBy, reason));
    return act(
            accountId,
            (account, context) ->
                store
                    .endOverride(accountId, endedBy, context.now(), context.today())
                    .filter(Boolean::booleanValue)
                    .switchIfEmpty(
                        Mono.error(
                            () ->
                                ApiProblem.conflict(
                                    "Account " + accountId + " has no override in force to end")))
                    .then(
                        timeline.append(
                            accountId,
                            context.now(),
                            TimelineKind.OVERRIDE_ENDED,
                            endedBy,
                            ended("The override", endedBy, reason),
                            ending(endedBy, reason)))
                    .thenReturn(true))
        .then();
  }

  Mono<PromiseView> recordPromise(String accountId, PromiseRequest request) {
    return act(
        accountId,
        (account, context) -> {
          CurrencyUnit unit = CurrencyUnit.of(account.currency());
          require(ActionRules.check(request, context.policy().settings(), context.today(), unit));
          PromiseView promise =
              new PromiseView(
                  UUID.randomUUID().toString(),
                  accountId,
                  unit.scaled(request.amount()).toPlainString(),
                  account.currency(),
                  request.promisedOn(),
                  request.promisedOn().plusDays(context.policy().settings().promiseGraceDays()),
                  request.recordedBy(),
                  request.note(),
                  context.now(),
                  "OPEN");
          // one promise per account at a time: a new one replaces the current one
          Mono<Void> replace =
              store
                  .replacePromise(accountId, context.now())
                  .filter(Boolean::booleanValue)
                  .flatMap(
                      replaced ->
                          timeline.append(
                              accountId,
                              context.now(),
                              TimelineKind.PROMISE_REPLACED,
                              request.recordedBy(),
                              "The previous promise to pay was replaced by a new one.",
                              Map.of("replacedBy", promise.promiseId())));
          return replace
              .then(
                  store.insertPromise(
                      promise.promiseId(),
                      accountId,
                      unit.scaled(request.amount()),
                      request.promisedOn(),
                      request.recordedBy(),
                      request.note(),
                      account.receivedTotal(),
                      context.now()))
              .then(
                  timeline.append(
                      accountId,
                      context.now(),
                      TimelineKind.PROMISE_RECORDED,
                      promise.recordedBy(),
                      "%s recorded a promise to pay %s by %s%s"
                          .formatted(
                              promise.recordedBy(),
                              unit.format(request.amount()),
                              DAY.format(promise.promisedOn()),
                              promise.note() == null ? "." : ": " + promise.note()),
                      promise))
              .thenReturn(promise);
        });
  }

  Mono<NoteView> addNote(String accountId, NoteRequest request) {
    require(ActionRules.check(request));
    Mono<NoteView> work =
        lock(accountId)
            .flatMap(
                account -> {
                  Instant now = clock.instant();
                  NoteView note =
                      new NoteView(
                          UUID.randomUUID().toString(),
                          accountId,
                          request.author(),
                          request.text(),
                          now);
                  NoteAdded added =
                      new NoteAdded(accountId, note.noteId(), note.author(), note.text(), now);
                  return store
                      .insertNote(note.noteId(), accountId, note.author(), note.text(), now)
                      .then(
                          timeline.append(
                              accountId, now, TimelineKind.NOTE, note.author(), note.text(), note))
                      .then(
                          outbox.append(
                              OutboxMessage.of(
                                  Topics.ACCOUNT_ACTIVITY,
                                  CloudEvent.of(
                                      note.noteId(),
                                      "/creditbridge/hold-service",
                                      AccountActivityType.NOTE_ADDED,
                                      accountId,
                                      now,
                                      added))))
                      .thenReturn(note);
                });
    return transactions.transactional(work);
  }

  /**
   * Runs an action on the locked account, then re-evaluates it, in one transaction; the metrics are
   * recorded once it commits.
   */
  private <T> Mono<T> act(String accountId, BiFunction<LockedAccount, Context, Mono<T>> action) {
    Mono<Done<T>> work =
        lock(accountId)
            .flatMap(
                account ->
                    policy
                        .current()
                        .flatMap(
                            version -> {
                              Instant now = clock.instant();
                              Context context =
                                  new Context(
                                      version,
                                      now,
                                      LocalDate.ofInstant(now, version.settings().timeZone()));
                              return action.apply(account, context);
                            }))
            .flatMap(
                result ->
                    decisions
                        .reevaluateLocked(accountId, Trigger.ACTION, null)
                        .map(announced -> new Done<>(result, announced)));
    return transactions
        .transactional(work)
        .doOnNext(done -> decisions.committed(Trigger.ACTION, done.announced()))
        .map(Done::result);
  }

  private Mono<LockedAccount> lock(String accountId) {
    return store
        .lockAccount(accountId)
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Unknown account " + accountId)));
  }

  private static void require(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw ApiProblem.badRequest("The request has invalid fields.", problems);
    }
  }

  private static String ended(String what, String endedBy, String reason) {
    return what
        + " was ended"
        + (endedBy == null ? "" : " by " + endedBy)
        + (reason == null ? "." : ": " + reason);
  }

  private static Map<String, String> ending(String endedBy, String reason) {
    return Map.of(
        "endedBy", endedBy == null ? "" : endedBy, "reason", reason == null ? "" : reason);
  }

  private record Context(PolicyVersion policy, Instant now, LocalDate today) {}

  private record Done<T>(T result, List<Announced> announced) {}
}
