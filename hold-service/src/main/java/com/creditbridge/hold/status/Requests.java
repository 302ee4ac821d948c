package com.creditbridge.hold.status;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;

/** The checks every read endpoint makes on its path and query. */
final class Requests {

  private Requests() {}

  static void requireAccountId(String accountId) {
    if (!Identifiers.isValid(accountId)) {
      throw ApiProblem.badRequest(
          "accountId is not a valid id", List.of(new FieldProblem("accountId", Identifiers.RULE)));
    }
  }

  static int limit(Integer limit) {
    return Paging.limit(limit);
  }

  static ApiProblem badCursor() {
    return Paging.invalidCursor();
  }
}
