package com.creditbridge.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list of contract v1 answers it: {@code {"items": [...],
 * "nextCursor": ...}}.
 *
 * @param nextCursor null on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {

  public Page {
    items = List.copyOf(items);
  }

  /**
   * The page of {@code rows}, which were fetched with one row more than {@code limit} to learn
   * whether another page follows: the extra row is dropped, and the cursor points after the last
   * item kept.
   */
  public static <T> Page<T> of(List<T> rows, int limit, Function<? super T, SortKey> sortKey) {
    if (rows.size() <= limit) {
      return new Page<>(rows, null);
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, sortKey.apply(items.get(limit - 1)).cursor());
  }

  /** A short, bounded list answered whole: the one and last page. */
  public static <T> Page<T> whole(List<T> items) {
    return new Page<>(items, null);
  }

  /** The same page with each item turned into what the response shows. */
  public <R> Page<R> map(Function<? super T, ? extends R> view) {
    return new Page<>(items.stream().<R>map(view).toList(), nextCursor);
  }
}
