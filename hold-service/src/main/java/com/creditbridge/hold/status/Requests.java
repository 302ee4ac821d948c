package com.creditbridge.hold.status;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;

/** The checks every read endpoint makes on its path and query. */
final class Requests {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  private Requests() {}

  static void requireAccountId(String accountId) {
    if (!Identifiers.isValid(accountId)) {
      throw ApiProblem.badRequest(
          "accountId is not a valid id", List.of(new FieldProblem("accountId", Identifiers.RULE)));
    }
  }

  static int limit(Integer limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiProblem.badRequest(
          "limit is out of range",
          List.of(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT)));
    }
    return limit;
  }

  static ApiProblem badCursor() {
    return ApiProblem.badRequest(
        "cursor is not valid",
        List.of(new FieldProblem("cursor", "must be a nextCursor this list returned")));
  }
}
