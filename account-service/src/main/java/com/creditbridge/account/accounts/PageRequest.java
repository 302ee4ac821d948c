package com.creditbridge.account.accounts;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code ?limit=&cursor=} of a list: limit 1–500 (default 50); the cursor is opaque to clients
 * (base64url of the last item's sort key).
 */
record PageRequest(int limit, String after) {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  private static final int MAX_CURSOR_LENGTH = 512;

  static PageRequest of(String limit, String cursor) {
    int size = DEFAULT_LIMIT;
    if (limit != null) {
      try {
        size = Integer.parseInt(limit);
      } catch (NumberFormatException notANumber) {
        size = -1;
      }
      if (size < 1 || size > MAX_LIMIT) {
        throw invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
      }
    }
    String after = null;
    if (cursor != null) {
      try {
        if (cursor.length() > MAX_CURSOR_LENGTH) {
          throw new IllegalArgumentException("too long");
        }
        after = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException garbled) {
        throw invalid("cursor", "must be a nextCursor from a previous page");
      }
    }
    return new PageRequest(size, after);
  }

  static String cursor(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  static ApiProblem invalid(String field, String message) {
    return ApiProblem.badRequest(
        "The request has invalid parameters.", List.of(new FieldProblem(field, message)));
  }
}
