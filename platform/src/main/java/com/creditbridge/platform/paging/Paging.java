package com.creditbridge.platform.paging;

import com.creditbridge.platform.input.TextRules;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The list convention of contract v1, once for every service: {@code ?limit=} (default 50, at most
 * 500) and an opaque {@code ?cursor=}, which is the base64url of the last item's sort key. Each
 * list still decides what its sort key is; a key it cannot read is {@link #invalidCursor()}.
 */
public final class Paging {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /** Longer than any cursor a list writes: refused before decoding. */
  private static final int MAX_CURSOR_LENGTH = 512;

  private Paging() {}

  /** The page size asked for; a 400 problem naming {@code limit} outside 1–500. */
  public static int limit(Integer requested) {
    if (requested == null) {
      return DEFAULT_LIMIT;
    }
    if (requested < 1 || requested > MAX_LIMIT) {
      throw invalidLimit();
    }
    return requested;
  }

  /** As {@link #limit(Integer)}, for a parameter taken as text: "ten" is the same 400. */
  public static int limit(String requested) {
    if (requested == null) {
      return DEFAULT_LIMIT;
    }
    try {
      return limit(Integer.valueOf(requested));
    } catch (NumberFormatException notANumber) {
      throw invalidLimit();
    }
  }

  /** The opaque cursor that points after an item with this sort key. */
  public static String cursor(String sortKey) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key inside a cursor; {@link #invalidCursor()} if it is not one a list wrote. */
  public static String sortKey(String cursor) {
    if (cursor.length() > MAX_CURSOR_LENGTH) {
      throw invalidCursor();
    }
    String key;
    try {
      key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException garbled) {
      throw invalidCursor();
    }
    // no list writes control characters into a sort key, and the database must never see them
    if (key.isEmpty() || TextRules.problem(key, false).isPresent()) {
      throw invalidCursor();
    }
    return key;
  }

  /** A 400 problem naming {@code cursor}. */
  public static ApiProblem invalidCursor() {
    return ApiProblem.badRequest(
        "The cursor is not valid.",
        List.of(new FieldProblem("cursor", "must be a nextCursor from a previous page")));
  }

  private static ApiProblem invalidLimit() {
    return ApiProblem.badRequest(
        "The limit is out of range.",
        List.of(new FieldProblem("limit", "must be a whole number from 1 to " + MAX_LIMIT)));
  }
}
