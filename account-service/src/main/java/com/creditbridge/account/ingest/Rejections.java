package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.Refusal;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;

/** The HTTP side of a rejection: the RFC 9457 problem a client gets for it. */
final class Rejections {

  private Rejections() {}

  private static final Rejection.Cases<ApiProblem> PROBLEMS =
      new Rejection.Cases<>() {
        @Override
        public ApiProblem unreadable(ReadOutcome.Invalid invalid) {
          return problem(invalid);
        }

        @Override
        public ApiProblem refused(Refusal refusal) {
          return problem(refusal);
        }

        @Override
        public ApiProblem eventIdTaken(String eventId) {
          return Rejections.eventIdTaken(eventId);
        }
      };

  static ApiProblem problem(Rejection rejection) {
    return rejection.accept(PROBLEMS);
  }

  private static ApiProblem problem(ReadOutcome.Invalid invalid) {
    if (invalid.violations().isEmpty()) {
      return ApiProblem.malformed(invalid.detail());
    }
    return ApiProblem.badRequest(
        invalid.detail(),
        invalid.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
  }

  /** 409 for a conflict, 422 for every other refusal. */
  private static ApiProblem problem(Refusal refusal) {
    List<FieldProblem> errors = List.of(new FieldProblem(refusal.field(), refusal.message()));
    return refusal.cause() == Refusal.Cause.CONFLICT
        ? ApiProblem.of(409, "Conflict", refusal.detail(), errors)
        : ApiProblem.unprocessable(refusal.detail(), errors);
  }

  /** 409: the event id was taken by an event with other content. */
  private static ApiProblem eventIdTaken(String eventId) {
    return ApiProblem.of(
        409,
        "Conflict",
        "Event " + eventId + " was already accepted with different content.",
        List.of(new FieldProblem("eventId", "already used for an event with different content")));
  }
}
