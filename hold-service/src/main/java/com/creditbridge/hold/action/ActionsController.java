package com.creditbridge.hold.action;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.action.ActionRequests.HoldRequest;
import com.creditbridge.hold.action.ActionRequests.NoteRequest;
import com.creditbridge.hold.action.ActionRequests.OverrideRequest;
import com.creditbridge.hold.action.ActionRequests.PromiseRequest;
import com.creditbridge.hold.action.ActionViews.HoldView;
import com.creditbridge.hold.action.ActionViews.NoteView;
import com.creditbridge.hold.action.ActionViews.OverrideView;
import com.creditbridge.hold.action.ActionViews.PromiseView;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Manual holds, overrides, promises to pay and notes. Unknown account, or one the signed-in person
 * may not see: 404; a hold or override by a person without a credit role: 403; ending a hold or an
 * override that is not in force: 409; invalid fields: 400 with {@code errors}.
 */
@RestController
class ActionsController {

  private final ManualHoldService holds;
  private final OverrideService overrides;
  private final PromiseService promises;
  private final NoteService notes;
  private final VisibleAccounts visible;

  ActionsController(
      ManualHoldService holds,
      OverrideService overrides,
      PromiseService promises,
      NoteService notes,
      VisibleAccounts visible) {
    this.holds = holds;
    this.overrides = overrides;
    this.promises = promises;
    this.notes = notes;
    this.visible = visible;
  }

  @PostMapping("/api/v1/accounts/{accountId}/holds")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<HoldView> placeHold(
      @PathVariable String accountId,
      @RequestBody HoldRequest request,
      ServerWebExchange exchange) {
    requireAccountId(accountId);
    Viewer viewer = Viewers.of(exchange);
    HoldRequest asked = new HoldRequest(request.reason(), who(viewer, request.placedBy()));
    return visible
        .requireCreditDecision(viewer, accountId, () -> unknown(accountId))
        .then(Mono.defer(() -> holds.place(accountId, asked).map(ActionAnswers::hold)));
  }

  @DeleteMapping("/api/v1/accounts/{accountId}/holds")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> endHold(
      @PathVariable String accountId,
      @RequestParam(required = false) String endedBy,
      @RequestParam(required = false) String reason,
      ServerWebExchange exchange) {
    requireAccountId(accountId);
    Viewer viewer = Viewers.of(exchange);
    return visible
        .requireCreditDecision(viewer, accountId, () -> unknown(accountId))
        .then(
            Mono.defer(
                () ->
                    holds
                        .end(accountId, who(viewer, endedBy), reason)
                        .doOnNext(ActionAnswers::hold)
                        .then()));
  }

  @PostMapping("/api/v1/accounts/{accountId}/overrides")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<OverrideView> grantOverride(
      @PathVariable String accountId,
      @RequestBody OverrideRequest request,
      ServerWebExchange exchange) {
    requireAccountId(accountId);
    Viewer viewer = Viewers.of(exchange);
    OverrideRequest asked =
        new OverrideRequest(request.reason(), who(viewer, request.approvedBy()), request.until());
    return visible
        .requireCreditDecision(viewer, accountId, () -> unknown(accountId))
        .then(Mono.defer(() -> overrides.grant(accountId, asked).map(ActionAnswers::override)));
  }

  @DeleteMapping("/api/v1/accounts/{accountId}/overrides")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> endOverride(
      @PathVariable String accountId,
      @RequestParam(required = false) String endedBy,
      @RequestParam(required = false) String reason,
      ServerWebExchange exchange) {
    requireAccountId(accountId);
    Viewer viewer = Viewers.of(exchange);
    return visible
        .requireCreditDecision(viewer, accountId, () -> unknown(accountId))
        .then(
            Mono.defer(
                () ->
                    overrides
                        .end(accountId, who(viewer, endedBy), reason)
                        .doOnNext(ActionAnswers::override)
                        .then()));
  }

  @PostMapping("/api/v1/accounts/{accountId}/promises")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<PromiseView> recordPromise(
      @PathVariable String accountId,
      @RequestBody PromiseRequest request,
      ServerWebExchange exchange) {
    requireAccountId(accountId);
    Viewer viewer = Viewers.of(exchange);
    PromiseRequest asked =
        new PromiseRequest(
            request.amount(),
            request.promisedOn(),
            who(viewer, request.recordedBy()),
            request.note());
    return visible
        .requireVisible(viewer, accountId, () -> unknown(accountId))
        .then(Mono.defer(() -> promises.record(accountId, asked).map(ActionAnswers::promise)));
  }

  @PostMapping("/api/v1/accounts/{accountId}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<NoteView> addNote(
      @PathVariable String accountId,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
      @RequestBody NoteRequest request,
      ServerWebExchange exchange) {
    requireAccountId(accountId);
    if (idempotencyKey != null && !ActionRules.isIdempotencyKey(idempotencyKey)) {
      throw ApiProblem.badRequest(
          IDEMPOTENCY_KEY + " is not valid",
          List.of(new FieldProblem(IDEMPOTENCY_KEY, ActionRules.IDEMPOTENCY_KEY_RULE)));
    }
    Viewer viewer = Viewers.of(exchange);
    NoteRequest asked = new NoteRequest(who(viewer, request.author()), request.text());
    return visible
        .requireVisible(viewer, accountId, () -> unknown(accountId))
        .then(
            Mono.defer(() -> notes.add(accountId, asked, idempotencyKey).map(ActionAnswers::note)));
  }

  /** A note sent again with the same key (a retry after a lost answer) is the same note. */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /**
   * Who acts: a signed-in person is always recorded as themselves, whatever the body says, so the
   * timeline names them and nobody writes in another's name; an API client names whom it acts for.
   */
  private static String who(Viewer viewer, String named) {
    return viewer instanceof Viewer.Person person ? person.who() : named;
  }

  /** The same answer as for an account the service does not know. */
  static ApiProblem unknown(String accountId) {
    return ApiProblem.notFound("Unknown account " + accountId);
  }

  private static void requireAccountId(String accountId) {
    if (!Identifiers.isValid(accountId)) {
      throw ApiProblem.badRequest(
          "accountId is not a valid id", List.of(new FieldProblem("accountId", Identifiers.RULE)));
    }
  }
}
