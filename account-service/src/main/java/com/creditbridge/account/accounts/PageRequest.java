package com.creditbridge.account.accounts;

import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.paging.SortKey;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;

/**
 * {@code ?limit=&cursor=} of a list, read by the platform's {@link Paging} convention.
 *
 * @param after the sort key inside the cursor, null for the first page
 */
record PageRequest(int limit, SortKey after) {

  static PageRequest of(String limit, String cursor, int keyParts) {
    return new PageRequest(
        Paging.limit(limit), cursor == null ? null : SortKey.read(cursor, keyParts));
  }

  static ApiProblem invalid(String field, String message) {
    return ApiProblem.badRequest(
        "The request has invalid parameters.", List.of(new FieldProblem(field, message)));
  }
}
