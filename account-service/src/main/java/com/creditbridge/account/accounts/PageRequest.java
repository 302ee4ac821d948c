package com.creditbridge.account.accounts;

import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;

/** {@code ?limit=&cursor=} of a list, read by the platform's {@link Paging} convention. */
record PageRequest(int limit, String after) {

  static PageRequest of(String limit, String cursor) {
    return new PageRequest(Paging.limit(limit), cursor == null ? null : Paging.sortKey(cursor));
  }

  static String cursor(String key) {
    return Paging.cursor(key);
  }

  static ApiProblem invalid(String field, String message) {
    return ApiProblem.badRequest(
        "The request has invalid parameters.", List.of(new FieldProblem(field, message)));
  }
}
