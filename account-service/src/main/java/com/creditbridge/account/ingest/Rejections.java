package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.Refusal;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;
import java.util.Locale;

/** The problem and the metric reason of each way an event is rejected. */
final class Rejections {

  static final String CONFLICT = "conflict";

  private Rejections() {}

  static ApiProblem problem(ReadOutcome.Invalid invalid) {
    if (invalid.violations().isEmpty()) {
      return ApiProblem.malformed(invalid.detail());
    }
    return ApiProblem.badRequest(
        invalid.detail(),
        invalid.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
  }

  /** 409 for a conflict, 422 for every other refusal. */
  static ApiProblem problem(Refusal refusal) {
    List<FieldProblem> errors = List.of(new FieldProblem(refusal.field(), refusal.message()));
    return refusal.cause() == Refusal.Cause.CONFLICT
        ? ApiProblem.of(409, "Conflict", refusal.detail(), errors)
        : ApiProblem.unprocessable(refusal.detail(), errors);
  }

  static String reason(Refusal refusal) {
    return refusal.cause().name().toLowerCase(Locale.ROOT);
  }

  /** 409: the event id was taken by an event with other content. */
  static ApiProblem eventIdTaken(String eventId) {
    return ApiProblem.of(
        409,
        "Conflict",
        "Event " + eventId + " was already accepted with different content.",
        List.of(new FieldProblem("eventId", "already used for an event with different content")));
  }
}
