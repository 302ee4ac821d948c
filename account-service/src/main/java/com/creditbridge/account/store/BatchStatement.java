package com.creditbridge.account.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * One SQL statement for many rows in one round trip: each column is bound as one {@code text[]} and
 * the SQL reads the rows from {@code unnest} (see {@link #rows}), casting each column to its type.
 * Runs on the connection of the caller's transaction.
 */
final class BatchStatement {

  private final String sql;
  private final List<List<String>> columns = new ArrayList<>();
  private int size;

  /**
   * @param sql reads the rows from {@code rows(columns.length)}
   */
  BatchStatement(String sql, int columnCount) {
    this.sql = sql;
    for (int c = 0; c < columnCount; c++) {
      columns.add(new ArrayList<>());
    }
  }

  /**
   * {@code unnest(cast($1 as text[]), ...) as row(c1, ...)}: the rows, with the given column names.
   */
  static String rows(String... names) {
    return "unnest("
        + IntStream.rangeClosed(1, names.length)
            .mapToObj(i -> "cast($" + i + " as text[])")
            .collect(Collectors.joining(", "))
        + ") as row("
        + String.join(", ", names)
        + ")";
  }

  /** Values as SQL text: numbers plain, dates and instants ISO-8601, null as NULL. */
  BatchStatement row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " values: " + sql);
    }
    for (int c = 0; c < values.length; c++) {
      Object value = values[c];
      columns
          .get(c)
          .add(
              value == null
                  ? null
                  : value instanceof BigDecimal decimal
                      ? decimal.toPlainString()
                      : value.toString());
    }
    size++;
    return this;
  }

  int size() {
    return size;
  }

  /** How many rows the statement changed in all. */
  Mono<Long> execute(DatabaseClient db) {
    if (size == 0) {
      return Mono.just(0L);
    }
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
    for (int c = 0; c < columns.size(); c++) {
      spec = spec.bind(c, columns.get(c).toArray(String[]::new));
    }
    return spec.fetch().rowsUpdated();
  }
}
