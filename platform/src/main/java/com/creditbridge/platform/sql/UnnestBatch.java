package com.creditbridge.platform.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * One SQL statement for many rows in one round trip: each column is bound as one {@code text[]}
 * parameter, and the statement reads the rows from {@link Columns#rows()}, a sub-select that {@code
 * unnest}s them and casts each column to its declared type under its own name. Values are set by
 * column name, so no list of values has to follow the order of a list of columns elsewhere.
 *
 * <p>Text arrays (rather than typed arrays) because every driver binds {@code String[]}; the cast
 * happens once, in the database. Runs on the connection of the caller's transaction.
 */
public final class UnnestBatch {

  /** The SQL types a column can have, and the Java values each takes. */
  public enum Type {
    TEXT(String.class),
    NUMERIC(BigDecimal.class, Long.class, Integer.class),
    DATE(LocalDate.class),
    TIMESTAMPTZ(Instant.class, OffsetDateTime.class),
    UUID(java.util.UUID.class),
    BIGINT(Long.class, Integer.class),
    BOOLEAN(Boolean.class),
    JSONB(String.class);

    private final List<Class<?>> accepts;

    Type(Class<?>... accepts) {
      this.accepts = List.of(accepts);
    }

    String sql() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A column of the rows, named as the statement reads it. */
  public record Column(String name, Type type) {}

  public static Column text(String name) {
    return new Column(name, Type.TEXT);
  }

  public static Column numeric(String name) {
    return new Column(name, Type.NUMERIC);
  }

  public static Column date(String name) {
    return new Column(name, Type.DATE);
  }

  public static Column timestamptz(String name) {
    return new Column(name, Type.TIMESTAMPTZ);
  }

  public static Column uuid(String name) {
    return new Column(name, Type.UUID);
  }

  public static Column bigint(String name) {
    return new Column(name, Type.BIGINT);
  }

  public static Column bool(String name) {
    return new Column(name, Type.BOOLEAN);
  }

  public static Column jsonb(String name) {
    return new Column(name, Type.JSONB);
  }

  /** The shape of the rows; one value, usable for several statements. */
  public static Columns columns(Column... columns) {
    return new Columns(List.of(columns));
  }

  /** The columns of a batch, in the order their arrays are bound. */
  public record Columns(List<Column> list) {

    public Columns {
      list = List.copyOf(list);
      if (list.isEmpty()) {
        throw new IllegalArgumentException("a batch has at least one column");
      }
      if (list.stream().map(Column::name).distinct().count() != list.size()) {
        throw new IllegalArgumentException("column names repeat: " + list);
      }
    }

    /**
     * {@code (select u.c1 as name, cast(u.c2 as numeric) as amount, ... from unnest(cast($1 as
     * text[]), ...) as u(c1, ...)) as batch}: the rows, typed, as relation {@code batch}.
     */
    public String rows() {
      String selected =
          IntStream.range(0, list.size())
              .mapToObj(
                  i ->
                      (list.get(i).type() == Type.TEXT
                              ? "u.c" + (i + 1)
                              : "cast(u.c" + (i + 1) + " as " + list.get(i).type().sql() + ")")
                          + " as "
                          + list.get(i).name())
              .collect(Collectors.joining(", "));
      String arrays =
          IntStream.rangeClosed(1, list.size())
              .mapToObj(i -> "cast($" + i + " as text[])")
              .collect(Collectors.joining(", "));
      String names =
          IntStream.rangeClosed(1, list.size())
              .mapToObj(i -> "c" + i)
              .collect(Collectors.joining(", "));
      return "(select " + selected + " from unnest(" + arrays + ") as u(" + names + ")) as batch";
    }

    /** The column names, comma-separated, for an insert's column list and its select. */
    public String names() {
      return list.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** {@code insert into table (names) select names from rows}: a column per table column. */
    public String insertInto(String table) {
      return "insert into " + table + " (" + names() + ") select " + names() + " from " + rows();
    }

    /**
     * {@code update table set c = batch.c, ... from rows where table.k = batch.k and ...}: the
     * rows' columns name the table's; {@code keys} find the row, the others are set.
     */
    public String update(String table, String... keys) {
      List<String> keyList = List.of(keys);
      String set =
          list.stream()
              .map(Column::name)
              .filter(name -> !keyList.contains(name))
              .map(name -> name + " = batch." + name)
              .collect(Collectors.joining(", "));
      String where =
          keyList.stream()
              .map(key -> table + "." + key + " = batch." + key)
              .collect(Collectors.joining(" and "));
      return "update " + table + " set " + set + " from " + rows() + " where " + where;
    }

    /** A statement over these rows; {@code sql} reads them from {@link #rows()}. */
    public UnnestBatch statement(String sql) {
      return new UnnestBatch(sql, this);
    }
  }

  private final String sql;
  private final Columns columns;
  private final Map<String, Integer> indexes = new HashMap<>();
  private final List<List<String>> arrays = new ArrayList<>();
  private int size;

  private UnnestBatch(String sql, Columns columns) {
    this.sql = sql;
    this.columns = columns;
    for (int c = 0; c < columns.list().size(); c++) {
      indexes.put(columns.list().get(c).name(), c);
      arrays.add(new ArrayList<>());
    }
  }

  /** A new row; {@link Row#add()} adds it once every column has its value (null is a value). */
  public Row row() {
    return new Row();
  }

  /** How many rows were added. */
  public int size() {
    return size;
  }

  /** How many rows the statement changed in all; no round trip when no row was added. */
  public Mono<Long> execute(DatabaseClient db) {
    if (size == 0) {
      return Mono.just(0L);
    }
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
    for (int c = 0; c < arrays.size(); c++) {
      spec = spec.bind(c, arrays.get(c).toArray(String[]::new));
    }
    return spec.fetch().rowsUpdated();
  }

  /** What is bound: one text array per column, in column order. */
  List<String[]> boundArrays() {
    return arrays.stream().map(a -> a.toArray(String[]::new)).toList();
  }

  /** One row being filled in by column name. */
  public final class Row {

    private final String[] values = new String[columns.list().size()];
    private final boolean[] set = new boolean[values.length];

    private Row() {}

    /** The value of a column; must be of a Java type the column's SQL type takes. */
    public Row set(String column, Object value) {
      Integer index = indexes.get(column);
      if (index == null) {
        throw new IllegalArgumentException("no column " + column + " in " + columns.names());
      }
      if (set[index]) {
        throw new IllegalArgumentException("column " + column + " set twice");
      }
      Type type = columns.list().get(index).type();
      if (value != null && type.accepts.stream().noneMatch(t -> t.isInstance(value))) {
        throw new IllegalArgumentException(
            "column " + column + " is " + type.sql() + ", not " + value.getClass().getName());
      }
      values[index] = text(value);
      set[index] = true;
      return this;
    }

    /** Adds the row to the batch. */
    public UnnestBatch add() {
      for (int c = 0; c < set.length; c++) {
        if (!set[c]) {
          throw new IllegalStateException("column " + columns.list().get(c).name() + " not set");
        }
      }
      for (int c = 0; c < values.length; c++) {
        arrays.get(c).add(values[c]);
      }
      size++;
      Arrays.fill(set, false);
      return UnnestBatch.this;
    }
  }

  /** As PostgreSQL reads it back: numbers plain (never 1E+3), dates and instants ISO-8601. */
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value.toString();
  }
}
