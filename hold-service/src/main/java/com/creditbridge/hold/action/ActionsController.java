package com.creditbridge.hold.action;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.hold.action.ActionRequests.HoldRequest;
import com.creditbridge.hold.action.ActionRequests.NoteRequest;
import com.creditbridge.hold.action.ActionRequests.OverrideRequest;
import com.creditbridge.hold.action.ActionRequests.PromiseRequest;
import com.creditbridge.hold.action.ActionViews.HoldView;
import com.creditbridge.hold.action.ActionViews.NoteView;
import com.creditbridge.hold.action.ActionViews.OverrideView;
import com.creditbridge.hold.action.ActionViews.PromiseView;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Manual holds, overrides, promises to pay and notes. Unknown account: 404; ending a hold or an
 * override that is not in force: 409; invalid fields: 400 with {@code errors}.
 */
@RestController
class ActionsController {

  private final Actions actions;

  ActionsController(Actions actions) {
    this.actions = actions;
  }

  @PostMapping("/api/v1/accounts/{accountId}/holds")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<HoldView> placeHold(@PathVariable String accountId, @RequestBody HoldRequest request) {
    requireAccountId(accountId);
    return actions.placeHold(accountId, request);
  }

  @DeleteMapping("/api/v1/accounts/{accountId}/holds")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> endHold(
      @PathVariable String accountId,
      @RequestParam(required = false) String endedBy,
      @RequestParam(required = false) String reason) {
    requireAccountId(accountId);
    return actions.endHold(accountId, endedBy, reason);
  }

  @PostMapping("/api/v1/accounts/{accountId}/overrides")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<OverrideView> grantOverride(
      @PathVariable String accountId, @RequestBody OverrideRequest request) {
    requireAccountId(accountId);
    return actions.grantOverride(accountId, request);
  }

  @DeleteMapping("/api/v1/accounts/{accountId}/overrides")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> endOverride(
      @PathVariable String accountId,
      @RequestParam(required = false) String endedBy,
      @RequestParam(required = false) String reason) {
    requireAccountId(accountId);
    return actions.endOverride(accountId, endedBy, reason);
  }

  @PostMapping("/api/v1/accounts/{accountId}/promises")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<PromiseView> recordPromise(
      @PathVariable String accountId, @RequestBody PromiseRequest request) {
    requireAccountId(accountId);
    return actions.recordPromise(accountId, request);
  }

  @PostMapping("/api/v1/accounts/{accountId}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<NoteView> addNote(@PathVariable String accountId, @RequestBody NoteRequest request) {
    requireAccountId(accountId);
    return actions.addNote(accountId, request);
  }

  private static void requireAccountId(String accountId) {
    if (!Identifiers.isValid(accountId)) {
      throw ApiProblem.badRequest(
          "accountId is not a valid id", List.of(new FieldProblem("accountId", Identifiers.RULE)));
    }
  }
}
