package com.creditbridge.notification.webhook;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page ended: the sort key (a time, then an id) of its last item, opaque to clients.
 *
 * @param at with microseconds, as PostgreSQL keeps it
 */
record PageCursor(Instant at, UUID id) {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  String encode() {
    String raw = ChronoUnit.MICROS.between(Instant.EPOCH, at) + "_" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Null for the first page; a 400 problem for anything that is not one of our cursors. */
  static PageCursor decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int separator = raw.indexOf('_');
      if (separator < 0) {
        throw new IllegalArgumentException("no separator");
      }
      long micros = Long.parseLong(raw.substring(0, separator));
      return new PageCursor(
          Instant.EPOCH.plus(micros, ChronoUnit.MICROS),
          UUID.fromString(raw.substring(separator + 1)));
    } catch (RuntimeException e) {
      throw ApiProblem.badRequest(
          "The cursor is not valid.",
          List.of(new FieldProblem("cursor", "is not a cursor from a previous page")));
    }
  }

  /** The page size asked for, default 50; a 400 problem outside 1–500. */
  static int limit(Integer limit) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw ApiProblem.badRequest(
          "The limit is out of range.",
          List.of(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT)));
    }
    return size;
  }
}
