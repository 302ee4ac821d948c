package com.creditbridge.bench.baseline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database alone: rows shaped like a ledger event (ids, an amount, a JSON payload, a unique
 * event id) inserted into a scratch database on the same server, 2,000 rows per statement and
 * transaction, the way the ingest path writes them.
 */
public final class PostgresBaseline {

  private static final int ROWS_PER_STATEMENT = 2000;

  private final String jdbcUrlOfPostgresDatabase;
  private final String user;
  private final String password;

  /**
   * @param jdbcUrlOfPostgresDatabase e.g. {@code jdbc:postgresql://127.0.0.1:15432/postgres}
   */
  public PostgresBaseline(String jdbcUrlOfPostgresDatabase, String user, String password) {
    this.jdbcUrlOfPostgresDatabase = jdbcUrlOfPostgresDatabase;
    this.user = user;
    this.password = password;
  }

  /** Rows per second over {@code rows} rows. */
  public double insertRate(int rows) throws SQLException {
    String database = "bench_baseline";
    try (Connection admin = DriverManager.getConnection(jdbcUrlOfPostgresDatabase, user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + database);
      statement.execute("create database " + database);
    }
    String url =
        jdbcUrlOfPostgresDatabase.substring(0, jdbcUrlOfPostgresDatabase.lastIndexOf('/') + 1)
            + database;
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      try (Statement statement = db.createStatement()) {
        statement.execute(
            "create table ledger_row (event_id text primary key, account_id text not null,"
                + " amount numeric(19,4) not null, payload jsonb not null,"
                + " accepted_at timestamptz not null default now())");
      }
      db.setAutoCommit(false);
      String payload =
          "{\"type\":\"invoice.issued\",\"invoiceId\":\"INV-000000\",\"amount\":\"1234.56\","
              + "\"currency\":\"EUR\",\"issuedOn\":\"2026-11-01\",\"dueOn\":\"2026-12-01\"}";
      long start = System.nanoTime();
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into ledger_row (event_id, account_id, amount, payload)"
                  + " select e, a, cast(m as numeric), cast(p as jsonb)"
                  + " from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as r(e, a, m, p)")) {
        for (int from = 0; from < rows; from += ROWS_PER_STATEMENT) {
          int size = Math.min(ROWS_PER_STATEMENT, rows - from);
          String[] ids = new String[size];
          String[] accounts = new String[size];
          String[] amounts = new String[size];
          String[] payloads = new String[size];
          for (int i = 0; i < size; i++) {
            ids[i] = "evt-" + (from + i);
            accounts[i] = "account-" + ((from + i) % 5000);
            amounts[i] = "1234.56";
            payloads[i] = payload;
          }
          insert.setArray(1, db.createArrayOf("text", ids));
          insert.setArray(2, db.createArrayOf("text", accounts));
          insert.setArray(3, db.createArrayOf("text", amounts));
          insert.setArray(4, db.createArrayOf("text", payloads));
          insert.executeUpdate();
          db.commit();
        }
      }
      return rows / ((System.nanoTime() - start) / 1e9);
    } finally {
      try (Connection admin =
              DriverManager.getConnection(jdbcUrlOfPostgresDatabase, user, password);
          Statement statement = admin.createStatement()) {
        statement.execute("drop database if exists " + database + " with (force)");
      }
    }
  }
}
