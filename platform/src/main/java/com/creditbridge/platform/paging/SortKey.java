package com.creditbridge.platform.paging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The sort key of a list's last item, the one thing a cursor carries: its parts (a time and an id,
 * a text and an id, ...) joined by {@code |}, base64url-encoded by {@link Paging#cursor}. Only the
 * last part may itself contain {@code |}.
 *
 * <p>Reading a part as the wrong type, or a cursor with the wrong number of parts, is the
 * documented 400 {@link Paging#invalidCursor()}: a client can only send what a list wrote.
 */
public record SortKey(List<String> parts) {

  private static final String SEPARATOR = "|";

  public SortKey {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a sort key has at least one part");
    }
    for (int i = 0; i < parts.size() - 1; i++) {
      if (parts.get(i).contains(SEPARATOR)) {
        throw new IllegalArgumentException("only the last part may contain " + SEPARATOR);
      }
    }
  }

  /** A key of these parts, each written as its {@code toString()} (ISO for times and dates). */
  public static SortKey of(Object... parts) {
    return new SortKey(Arrays.stream(parts).map(SortKey::written).toList());
  }

  private static String written(Object part) {
    // never 1E+3: a decimal reads back the same only as plain digits
    return part instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(part);
  }

  /** The key inside a cursor, which must have exactly {@code size} parts. */
  public static SortKey read(String cursor, int size) {
    String[] parts = Paging.sortKey(cursor).split("\\|", size);
    if (parts.length != size) {
      throw Paging.invalidCursor();
    }
    return new SortKey(List.of(parts));
  }

  /** The opaque cursor that points after the item with this key. */
  public String cursor() {
    return Paging.cursor(String.join(SEPARATOR, parts));
  }

  public String text(int index) {
    String part = parts.get(index);
    if (part.isEmpty()) {
      throw Paging.invalidCursor();
    }
    return part;
  }

  public Instant instant(int index) {
    try {
      return Instant.parse(parts.get(index));
    } catch (RuntimeException e) {
      throw Paging.invalidCursor();
    }
  }

  public LocalDate date(int index) {
    try {
      return LocalDate.parse(parts.get(index));
    } catch (RuntimeException e) {
      throw Paging.invalidCursor();
    }
  }

  public UUID uuid(int index) {
    try {
      return UUID.fromString(parts.get(index));
    } catch (RuntimeException e) {
      throw Paging.invalidCursor();
    }
  }

  public long number(int index) {
    try {
      return Long.parseLong(parts.get(index));
    } catch (RuntimeException e) {
      throw Paging.invalidCursor();
    }
  }

  public BigDecimal decimal(int index) {
    try {
      return new BigDecimal(parts.get(index));
    } catch (RuntimeException e) {
      throw Paging.invalidCursor();
    }
  }
}
