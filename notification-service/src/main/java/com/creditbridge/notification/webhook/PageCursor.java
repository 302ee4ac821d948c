package com.creditbridge.notification.webhook;

import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.paging.SortKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where a page ended: the sort key (a time, then an id) of its last item, opaque to clients.
 *
 * @param at with microseconds, as PostgreSQL keeps it
 */
record PageCursor(Instant at, UUID id) {

  String encode() {
    return SortKey.of(ChronoUnit.MICROS.between(Instant.EPOCH, at), id).cursor();
  }

  /**
   * Null for the first page; a 400 problem for anything that is not one of our cursors (including
   * those of the older {@code micros_id} form, which clients only hold for the length of a
   * listing).
   */
  static PageCursor decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    SortKey key = SortKey.read(cursor, 2);
    return new PageCursor(Instant.EPOCH.plus(key.number(0), ChronoUnit.MICROS), key.uuid(1));
  }

  /**
   * The page of the rows, which were fetched one more than {@code size}: the extra one tells that
   * there is a next page, after the last one shown.
   */
  static <R, T> Page<T> page(
      List<R> rows, int size, Function<R, PageCursor> cursorOf, Function<R, T> item) {
    boolean more = rows.size() > size;
    List<R> shown = more ? rows.subList(0, size) : rows;
    String next = more ? cursorOf.apply(shown.get(size - 1)).encode() : null;
    return new Page<>(shown.stream().map(item).toList(), next);
  }

  /** The page size asked for, default 50; a 400 problem outside 1–500. */
  static int limit(Integer limit) {
    return Paging.limit(limit);
  }
}
